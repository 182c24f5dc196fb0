"""The pictograms (issue 18): one SVG sprite, written from ``home.pictograms`` and committed;
a symbol for every sector and support code and every pictogram a template names; decorative
(``aria-hidden``) beside their labels on the listing, the detail and the home page."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image, ImageDraw

from home import pictograms
from home import vocabularies as vocab

SVG = "{http://www.w3.org/2000/svg}"
TEMPLATE_DIRS = ["home", "opportunities", "passport_pages", "enterprises", "search", "stats", "site"]


def sprite_symbols():
    root = ET.parse(pictograms.SPRITE_PATH).getroot()
    return {symbol.get("id"): symbol for symbol in root.iter(f"{SVG}symbol")}


def test_the_committed_sprite_is_the_one_the_drawings_write():
    """Edit the drawings in home/pictograms.py, then run ``python -m home.pictograms``."""
    assert pictograms.SPRITE_PATH.read_text(encoding="utf-8") == pictograms.sprite()


def test_every_symbol_is_a_24_pixel_line_drawing_in_current_colour():
    symbols = sprite_symbols()
    assert len(symbols) == len(pictograms.PICTOGRAMS)
    for name, symbol in symbols.items():
        assert symbol.get("viewBox") == "0 0 24 24", name
        assert symbol.get("stroke") == "currentColor" and symbol.get("fill") == "none", name
        assert len(symbol) > 0, name
        for element in symbol.iter():
            assert element.get("style") is None, name  # the CSP allows no inline style
            assert element.get("fill") in (None, "none", "currentColor"), name
            assert element.get("stroke") in (None, "none", "currentColor"), name


def test_every_sector_and_support_code_has_its_own_symbol():
    symbols = sprite_symbols()
    for kind, vocabulary in (("sector", vocab.SECTORS), ("support", vocab.SUPPORT)):
        ids = [pictograms.symbol_id(kind, code) for code in vocab.codes(vocabulary)]
        assert all(not name.endswith("-other") for name in ids), ids
        assert len(set(ids)) == len(ids), kind  # one each, no two codes share a drawing
        assert set(ids) <= set(symbols)
    assert pictograms.symbol_id("sector", "Z") == "sector-other" in symbols
    assert pictograms.symbol_id("support", "unknown") == "support-other" in symbols


def test_every_pictogram_a_template_names_is_in_the_sprite():
    """Literal ``{% pictogram "kind" "code" %}`` exist; a kind used with a variable is one whose
    codes all have a symbol (checked above)."""
    symbols = sprite_symbols()
    base = Path(settings.BASE_DIR)
    used = []
    for folder in TEMPLATE_DIRS:
        for path in (base / folder).rglob("*.html"):
            if ".venv" in path.parts:
                continue
            used += re.findall(r'{%\s*pictogram\s+"(\w+)"\s+(\S+)', path.read_text(encoding="utf-8"))
    assert used, "no template uses a pictogram"
    for kind, code in used:
        assert kind in pictograms.KINDS, kind
        if code.startswith('"'):
            assert f"{kind}-{code.strip(chr(34))}" in symbols, (kind, code)
    assert {kind for kind, _code in used} == {"sector", "support", "way"}


def test_pillow_draws_every_pictogram():
    for name in pictograms.PICTOGRAMS:
        image = Image.new("L", (48, 48), 0)
        pictograms.draw(ImageDraw.Draw(image), name, 0, 0, 48, 255)
        inked = sum(1 for value in image.getdata() if value)
        assert 40 < inked < 48 * 48 * 0.6, name


# --- On the pages -----------------------------------------------------------------------

PICTOGRAM = re.compile(
    r'<svg class="pictogram[^"]*" aria-hidden="true" focusable="false"[^>]*><use href="([^"]+)"></use></svg>'
)


def symbol_of(href):
    path, _hash, name = href.partition("#")
    assert path == f"{settings.STATIC_URL}{pictograms.STATIC_NAME}"
    return name


@pytest.mark.django_db
def test_listing_and_detail_show_pictograms_beside_their_labels(client, home_page):
    from home.testing import country_sections
    from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory, OpportunityPageFactory

    index = OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale)
    sections = country_sections(CountrySectionPageFactory, index)
    page = OpportunityPageFactory(
        parent=sections["DE"], sector="C", rows__supports=["accompanying_person", "financial_allowance"]
    )
    listing = client.get("/en/opportunities/").content.decode()
    card = listing.split('<article class="card opportunity-card"', 1)[1].split("</article>", 1)[0]
    match = re.search(r'<span class="with-pictogram">(<svg[^§]*?</svg>)Manufacturing</span>', card)
    assert match is not None, card
    assert [symbol_of(href) for href in PICTOGRAM.findall(match.group(1))] == ["sector-C"]

    html = client.get(page.url).content.decode()
    # Every svg on the page is a decorative pictogram.
    assert html.count("<svg") == len(PICTOGRAM.findall(html))
    sector = re.search(r'<dd class="with-pictogram">(<svg.*?</svg>)([^<]+)</dd>', html)
    assert sector is not None and sector.group(2) == "Manufacturing"
    supports = re.findall(r'<li class="with-pictogram">(<svg.*?</svg>)([^<]+)</li>', html)
    assert [(symbol_of(PICTOGRAM.search(svg).group(1)), label) for svg, label in supports] == [
        ("support-accompanying_person", "Accompanying person"),
        ("support-financial_allowance", "Financial allowance"),
    ]
    for href in PICTOGRAM.findall(html):
        assert symbol_of(href) in sprite_symbols()


@pytest.mark.django_db
def test_the_home_page_ways_in_have_pictograms(client, home_page):
    html = client.get("/en/").content.decode()
    ways = html.split('<ul class="ways">', 1)[1].split("</ul>", 1)[0]
    assert [symbol_of(href) for href in PICTOGRAM.findall(ways)] == ["way-browse", "way-match", "way-passport"]
    assert ways.count("<h3>") == 3
