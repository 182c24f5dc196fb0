"""Warm a new server process before it answers its first visitor.

Django does much of its set-up lazily, on the first request a process serves: importing every
URL module and view, building the URL resolver's reverse map for the language of the request, and
loading and compiling each template. On the benchmark's plain page that first request took
0.2–0.4 s against 6 ms for the next; every gunicorn worker paid it once after each start or
restart, and a reader paid it with them. ``pathway.wsgi`` calls ``warm()`` once per process
instead, before the server takes requests. It reads no database (one may not be reachable yet),
and a failure is logged, never raised: a cold process still serves.
"""

import logging
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)


def project_template_names():
    """The names of the templates in this project's folders (site/templates and each app's), sorted."""
    roots = [Path(folder) for folder in settings.TEMPLATES[0]["DIRS"]]
    roots += [Path(app.path) / "templates" for app in apps.get_app_configs() if "site-packages" not in app.path]
    names = set()
    for root in roots:
        names.update(path.relative_to(root).as_posix() for path in root.rglob("*.html"))
    return sorted(names)


def warm():
    """Import the URLconf, build its reverse map in every language and compile the project's templates."""
    started = time.monotonic()
    try:
        resolver = get_resolver()
        for code, _name in settings.LANGUAGES:
            with translation.override(code):  # also loads that language's message catalogues
                resolver.reverse_dict  # noqa: B018 (the property builds and keeps the map)
        engine = engines["django"]
        for name in project_template_names():
            try:
                engine.get_template(name)
            except (TemplateDoesNotExist, TemplateSyntaxError) as error:
                logger.warning("Warm-up: template %s not compiled (%s)", name, error)
    except Exception:
        logger.exception("Warm-up failed; this process starts cold")
        return
    logger.info("Warm-up done in %.2f s", time.monotonic() - started)
