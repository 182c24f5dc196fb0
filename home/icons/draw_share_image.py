"""Draw the site's default share image (``home/static/home/share/default.png``, 1200 x 630).

    .venv/bin/python home/icons/draw_share_image.py

The card every page without its own image shows in link previews (``og:image``,
``twitter:image``): the logo and the site's name, drawn with Pillow by ``home.share_image``
(the same drawing as the placements' generated cards). The PNG is committed: the site never
runs this.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from home.share_image import write_default  # noqa: E402


def main():
    print(write_default())


if __name__ == "__main__":
    sys.exit(main())
