import os
import sys
from pathlib import Path

# site/ (this package's folder's parent) holds the project package; it is not
# itself importable (the name `site` is Python's own).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pathway.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

from pathway.warmup import warm  # noqa: E402

warm()  # once per process, before the first request (see pathway/warmup.py)
