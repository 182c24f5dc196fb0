"""Share cards: the image a link preview shows (Open Graph, Twitter cards), and page images.

Every page has a share image (``{% share_image page %}`` in ``pathway_tags``, read by
``base.html``):

- a page whose editor chose an image shares a 1200 x 630 ``fill`` rendition of it
  (:func:`image_share_card`), with the editor's alt text;
- a placement without one shares a **generated** 1200 x 630 PNG (:func:`draw_card`): its title,
  its country and sector labels in the page's language, the sector's pictogram, and the site's
  logo and name. Nothing about a trainee is ever drawn: only what the public page shows. It is
  served by the placement's ``share-image/`` route, kept in Django's cache under the page,
  its live revision, its language and what is drawn (:func:`cached_png`), and sent with
  ``Cache-Control: public``;
- every other page shares the site's default card, ``home/static/home/share/default.png``,
  drawn once by ``home/icons/draw_share_image.py`` with :func:`draw_card` and committed.

Text is set in DejaVu Sans (Debian's ``fonts-dejavu-core``, which the passport PDF also uses),
which covers every language of the site; Pillow's own font stands in when it is missing.

Page images (placements, guidelines) need an alt text: :func:`image_alt_error` is their
models' ``clean()`` rule.
"""

import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext

from home import pictograms
from home.public_urls import absolute_url

WIDTH, HEIGHT = 1200, 630
RENDITION_FILTER = f"fill-{WIDTH}x{HEIGHT}"
DEFAULT_STATIC_NAME = "home/share/default.png"
DEFAULT_PATH = Path(__file__).resolve().parent / "static" / DEFAULT_STATIC_NAME
FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # settings.PATHWAY_FONT_DIR overrides it
CACHE_SECONDS = 7 * 24 * 60 * 60  # in Django's cache: the key changes with every publication
MAX_AGE = 24 * 60 * 60  # for browsers and link-preview crawlers
DRAWING_VERSION = 1  # increment when the drawing changes, so that cached cards are redrawn

BRAND = (11, 79, 138)  # site.css --brand
INK = (27, 31, 36)  # --ink
MUTED = (74, 83, 96)  # --ink-muted
PAPER = (255, 255, 255)
PAPER_ALT = (243, 245, 248)  # --paper-alt
FOCUS = (255, 191, 71)  # the logo's dot, --focus


# --- Page images --------------------------------------------------------------------


def image_alt_error(page):
    """The ``clean()`` rule of a page with ``image`` and ``image_alt``: no image without its alt text."""
    if page.image_id and not (page.image_alt or "").strip():
        raise ValidationError({"image_alt": gettext("Describe what the image shows, for people who cannot see it.")})


def _absolute(url):
    return url if url.startswith(("http://", "https://")) else absolute_url(url)


def image_share_card(image, alt):
    """The share card of an editor's image: its 1200 x 630 fill rendition."""
    rendition = image.get_rendition(RENDITION_FILTER)
    return {
        "url": _absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


def default_share_card(alt):
    """The site's default share card (``alt``: its description, the site's name)."""
    from django.templatetags.static import static

    return {"url": _absolute(static(DEFAULT_STATIC_NAME)), "width": WIDTH, "height": HEIGHT, "alt": alt}


def language_of(page):
    """``page``'s language code without a query: the locales' codes are kept for the content
    generation (``home.content_cache``; a locale's change starts a new one)."""
    from wagtail.models import Locale

    from home.content_cache import cached

    if type(page).locale.is_cached(page):
        return page.locale.language_code
    codes = cached("locale-codes", lambda: dict(Locale.objects.values_list("id", "language_code")))
    return codes.get(page.locale_id) or page.locale.language_code


# --- Drawing ------------------------------------------------------------------------


def _font(bold, size):
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    folder = getattr(settings, "PATHWAY_FONT_DIR", FONT_DIR) if settings.configured else FONT_DIR
    try:
        return ImageFont.truetype(str(Path(folder) / name), size)
    except OSError:
        return ImageFont.load_default(size)


def _wrap(canvas, text, font, width, max_lines):
    """``text`` in lines at most ``width`` pixels wide, at most ``max_lines`` (the last one cut with "…")."""
    words = text.split()
    lines = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if canvas.textlength(candidate, font=font) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    # A single word longer than the line (a German compound) is cut, never spills over.
    lines = [_cut(canvas, line, font, width) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _cut(canvas, lines[-1] + "…", font, width, force=True)
    return lines


def _cut(canvas, line, font, width, force=False):
    if canvas.textlength(line, font=font) <= width and not (force and not line.endswith("…")):
        return line
    text = line.rstrip("…")
    while text and canvas.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_logo(canvas, left, top, size):
    """The logo of ``site/static/img/favicon.svg`` (a 32-unit square) at (left, top)."""
    scale = size / 32

    def at(x, y):
        return left + x * scale, top + y * scale

    canvas.rounded_rectangle((*at(0, 0), *at(32, 32)), radius=7 * scale, fill=BRAND)
    v = [(7, 9), (13.5, 24), (18.5, 24), (25, 9), (20, 9), (16, 19), (12, 9)]
    canvas.polygon([at(x, y) for x, y in v], fill=PAPER)
    canvas.ellipse((*at(21.5, 21.5), *at(27.5, 27.5)), fill=FOCUS)


def draw_card(site_name, title="", facts=(), pictogram=None):
    """A 1200 x 630 PNG (bytes): the logo and ``site_name``; with ``title`` a placement's card
    (its title, the ``facts`` line below it, and ``pictogram``, a symbol id of ``home.pictograms``)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    canvas = ImageDraw.Draw(image)
    canvas.rectangle((0, HEIGHT - 16, WIDTH, HEIGHT), fill=FOCUS)
    if title:
        canvas.rectangle((0, 0, 24, HEIGHT - 16), fill=BRAND)
        _draw_logo(canvas, 80, 64, 72)
        canvas.text((172, 100), site_name, font=_font(True, 40), fill=BRAND, anchor="lm")
        title_font = _font(True, 60)
        top = 210
        for line in _wrap(canvas, title, title_font, 740, 3):
            canvas.text((80, top), line, font=title_font, fill=INK)
            top += 76
        facts_font = _font(False, 36)
        line = " · ".join(str(fact) for fact in facts if fact)
        for fact_line in _wrap(canvas, line, facts_font, 740, 2):
            canvas.text((80, top + 24), fact_line, font=facts_font, fill=MUTED)
            top += 48
        if pictogram:
            canvas.ellipse((860, 145, 1140, 425), fill=PAPER_ALT)
            pictograms.draw(canvas, pictogram, 900, 185, 200, BRAND)
    else:
        # The site's default card: the logo above the name, centred.
        _draw_logo(canvas, (WIDTH - 220) // 2, 120, 220)
        canvas.text((WIDTH // 2, 440), site_name, font=_font(True, 84), fill=BRAND, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- Serving ------------------------------------------------------------------------


def cache_key(*parts):
    """The cache key of a drawn card: ``parts`` (page, revision, language) and a digest of what is drawn."""
    raw = "|".join(map(str, (DRAWING_VERSION, *parts)))
    return "share-image:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_png(key, draw):
    """``draw()``'s PNG, kept in Django's cache under ``key`` (drawn again when the cache is down)."""
    png = cache.get(key)
    if png is None:
        png = draw()
        cache.set(key, png, CACHE_SECONDS)
    return png


def png_response(png):
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["Content-Length"] = str(len(png))
    return response


def write_default(path=DEFAULT_PATH, site_name="VET Pathway"):
    """Draw the site's default share card (``home/icons/draw_share_image.py``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(draw_card(site_name))
    return path
