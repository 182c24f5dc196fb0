"""Share cards (issue 18): Open Graph and Twitter card tags on every page type in two languages,
the placements' generated 1200 x 630 cards (valid PNG, in the page's language, nothing but what
the public page shows, drawn once per revision and language), the editor's image instead when
there is one, and the page cache letting the PNG through."""

import io
import re
from html import unescape
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image, ImageDraw
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import ImageFactory

from home import share_image
from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import OpportunityPage
from passport_pages.factories import GuidelineIndexPageFactory, GuidelinePageFactory

pytestmark = pytest.mark.django_db

BASE = settings.WAGTAILADMIN_BASE_URL.rstrip("/")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site_tree(home_page, translate):
    """Home, listing, a placement (Germany, hospitality) and a guideline, in English and German."""
    index = OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale, introduction="All placements.")
    section = CountrySectionPageFactory(parent=index, country="DE", title="DE")
    placement = OpportunityPageFactory(
        parent=section, title="Cook in Berlin", sector="I", rows__supports=["local_buddy", "travel_arranged"]
    )
    guidelines = GuidelineIndexPageFactory(parent=home_page)
    guidelines.save_revision().publish()
    guideline = GuidelinePageFactory(parent=guidelines, title="Packing your bag")
    translate(home_page, "de", {"Home": "Startseite"})
    translate(index, "de")
    translate(section, "de")
    german = translate(placement, "de", {"title": "Koch in Berlin"})
    translate(guidelines, "de")
    translate(guideline, "de", {"title": "Die Tasche packen"})
    return {"placement": placement, "placement_de": german, "guideline": guideline}


def head_meta(html):
    """``{property or name: content}`` of the head's meta tags."""
    head = html.split("</head>", 1)[0]
    return {
        key: unescape(value) for key, value in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', head)
    }


def share_tags(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return head_meta(response.content.decode())


def get_png(client, url):
    parts = urlsplit(url)
    return client.get(f"{parts.path}?{parts.query}")


# --- The tags -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_page_type_has_open_graph_and_twitter_card_tags(client, site_tree, language):
    placement = site_tree["placement_de" if language == "de" else "placement"]
    urls = {
        "home": f"/{language}/",
        "listing": f"/{language}/opportunities/",
        "detail": placement.url,
        "guideline": f"/{language}/guidelines/{site_tree['guideline'].slug}/",
        "match view": f"/{language}/match/",
    }
    default = f"{BASE}/static/{share_image.DEFAULT_STATIC_NAME}"
    for kind, url in urls.items():
        meta = share_tags(client, url)
        for key in ("og:image", "twitter:image", "og:url"):
            assert meta[key].startswith(BASE + "/"), (kind, key, meta[key])
        assert meta["twitter:image"] == meta["og:image"], kind
        assert meta["twitter:card"] == "summary_large_image", kind
        assert meta["twitter:title"] == meta["og:title"] and meta["twitter:title"], kind
        assert meta["twitter:description"] == meta["og:description"] == meta["description"], kind
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630"), kind
        assert meta["og:image:alt"] == meta["twitter:image:alt"] and meta["og:image:alt"], kind
        if kind == "detail":
            assert meta["og:image"].startswith(f"{BASE}{placement.url}share-image/?v="), meta["og:image"]
        else:
            assert meta["og:image"] == default, kind
            assert meta["og:image:alt"] == "VET Pathway", kind

    detail = share_tags(client, placement.url)
    title = "Koch in Berlin" if language == "de" else "Cook in Berlin"
    country, sector = {
        "en": ("Germany", "Hospitality: hotels, restaurants and catering"),
        "de": ("Deutschland", "Gastgewerbe: Hotels, Restaurants und Catering"),
    }[language]
    assert detail["og:title"] == title
    assert detail["og:image:alt"] == f"{title} · {country} · {sector}"


def test_the_default_card_is_a_committed_1200_by_630_png():
    with Image.open(share_image.DEFAULT_PATH) as image:
        assert image.format == "PNG" and image.size == (1200, 630)


def test_each_language_links_its_own_card(client, site_tree):
    english = share_tags(client, site_tree["placement"].url)["og:image"]
    german = share_tags(client, site_tree["placement_de"].url)["og:image"]
    assert english != german
    assert urlsplit(english).query != urlsplit(german).query


# --- The generated card ---------------------------------------------------------------


def test_the_generated_card_is_a_1200_by_630_png_cached_publicly(client, site_tree):
    url = share_tags(client, site_tree["placement"].url)["og:image"]
    response = get_png(client, url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == f"public, max-age={share_image.MAX_AGE}"
    with Image.open(io.BytesIO(response.content)) as image:
        image.verify()
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.format == "PNG" and image.size == (1200, 630)


def drawn_texts(client, url):
    """Every string Pillow draws while rendering the card at ``url``."""
    texts = []
    original = ImageDraw.ImageDraw.text

    def spy(self, xy, text, *args, **kwargs):
        texts.append(text)
        return original(self, xy, text, *args, **kwargs)

    with mock.patch.object(ImageDraw.ImageDraw, "text", spy):
        response = get_png(client, url)
    assert response.status_code == 200
    return texts


def test_the_card_shows_the_title_country_and_sector_in_the_page_language(client, site_tree):
    english = drawn_texts(client, share_tags(client, site_tree["placement"].url)["og:image"])
    german = drawn_texts(client, share_tags(client, site_tree["placement_de"].url)["og:image"])
    assert english == [
        "VET Pathway",
        "Cook in Berlin",
        "Germany · Hospitality: hotels,",
        "restaurants and catering",
    ]
    assert german[1] == "Koch in Berlin"
    assert " ".join(german[2:]) == "Deutschland · Gastgewerbe: Hotels, Restaurants und Catering"
    en_png = get_png(client, share_tags(client, site_tree["placement"].url)["og:image"]).content
    de_png = get_png(client, share_tags(client, site_tree["placement_de"].url)["og:image"]).content
    assert en_png != de_png


def test_the_card_draws_nothing_but_the_public_facts(client, site_tree):
    """Nothing from the request (a trainee's name in the query) nor the page's contact or
    summary is drawn: only the site's name, the title and the two labels."""
    placement = site_tree["placement"]
    url = share_tags(client, placement.url)["og:image"] + "&name=Anna+Muster&email=anna%40example.org"
    texts = drawn_texts(client, url)
    drawn = " ".join(texts)
    for private in ("Anna", "Muster", "anna@example.org", placement.contact_email, placement.contact_role):
        assert private not in drawn
    assert placement.summary not in drawn
    allowed = {"VET", "Pathway", "Cook", "in", "Berlin", "Germany", "·"}
    allowed |= {"Hospitality:", "hotels,", "restaurants", "and", "catering"}
    assert set(drawn.split()) <= allowed


def test_the_card_is_drawn_once_per_revision_and_language(client, site_tree):
    placement = site_tree["placement"]
    url = share_tags(client, placement.url)["og:image"]
    with mock.patch("home.share_image.draw_card", wraps=share_image.draw_card) as draw:
        first = get_png(client, url).content
        second = get_png(client, url).content
        assert draw.call_count == 1
        assert first == second
        get_png(client, share_tags(client, site_tree["placement_de"].url)["og:image"])
        assert draw.call_count == 2  # German: its own card

        # A new revision (a new title): a new card, at a new URL.
        page = OpportunityPage.objects.get(pk=placement.pk)
        page.title = "Chef in Berlin"
        page.save_revision().publish()
        new_url = share_tags(client, page.url)["og:image"]
        assert new_url != url
        third = get_png(client, new_url).content
        assert draw.call_count == 3 and third != first
        get_png(client, new_url)
        assert draw.call_count == 3


def test_a_draft_or_unpublished_placement_has_no_card(client, site_tree):
    placement = OpportunityPage.objects.get(pk=site_tree["placement"].pk)
    url = share_tags(client, placement.url)["og:image"]
    placement.unpublish()
    assert get_png(client, url).status_code == 404


def test_the_page_cache_lets_the_png_through(client, site_tree, settings):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    url = share_tags(client, site_tree["placement"].url)["og:image"]
    first, second = get_png(client, url), get_png(client, url)
    for response in (first, second):
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == f"public, max-age={share_image.MAX_AGE}"
        assert "X-Cache" not in response
    assert first.content == second.content
    # The pages around it are still cached as before.
    client.get(site_tree["placement"].url)
    assert client.get(site_tree["placement"].url)["X-Cache"] == "HIT"


# --- An editor's image ----------------------------------------------------------------


def test_an_editors_image_is_shared_as_a_1200_by_630_rendition(client, site_tree):
    photo = ImageFactory(file=get_test_image_file("kitchen.png", size=(1600, 1000)))
    page = OpportunityPage.objects.get(pk=site_tree["placement"].pk)
    page.image, page.image_alt = photo, "A cook plating a dish"
    page.save_revision().publish()
    meta = share_tags(client, page.url)
    # kitchen_<suffix>: the storage renames a second kitchen.png (another test's, same process)
    rendition = rf"{re.escape(BASE)}/media/images/kitchen(_\w+)?\.[0-9a-f]+\.fill-1200x630\.png"
    assert re.fullmatch(rendition, meta["og:image"]), meta["og:image"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["og:image:alt"] == meta["twitter:image:alt"] == "A cook plating a dish"

    guideline = site_tree["guideline"]
    guideline.image, guideline.image_alt = photo, "An open suitcase"
    guideline.save_revision().publish()
    meta = share_tags(client, guideline.url)
    assert re.fullmatch(rendition, meta["og:image"]), meta["og:image"]
    assert meta["og:image:alt"] == "An open suitcase"
