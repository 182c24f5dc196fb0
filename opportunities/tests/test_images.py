"""Optional images on placements (issue 18; guidelines: passport_pages/tests/test_guideline_images.py):
an alt text is required with an image, the page renders responsive lazy renditions, the image is synchronised between
languages and its description translated; without an image a placement shows its sector's
pictogram."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import ImageFactory
from wagtail_localize.models import StringSegment, TranslationSource

from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db

ALT_ERROR = "Describe what the image shows, for people who cannot see it."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def photo():
    return ImageFactory(title="kitchen.png", file=get_test_image_file("kitchen.png", size=(1600, 1000)))


def img_tag(html):
    """The page's ``<figure class="page-image">`` image."""
    figure = html.split('<figure class="page-image">', 1)[1].split("</figure>", 1)[0]
    return re.search(r"<img [^>]+>", figure).group(0)


def attrs(tag):
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))


def publish(page):
    page.save_revision().publish()
    return OpportunityPage.objects.get(pk=page.pk) if isinstance(page, OpportunityPage) else page


# --- Validation -----------------------------------------------------------------------


@pytest.mark.parametrize("alt", ["", "   "])
def test_a_placement_image_needs_its_alt_text(sections, photo, alt):
    page = OpportunityPageFactory(parent=sections["DE"])
    page.image, page.image_alt = photo, alt
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["image_alt"] == [ALT_ERROR]


def test_the_editor_form_shows_the_error_on_the_alt_field(sections, photo):
    """The page editor's form (the admin's own, with its panels) reports the rule on the alt field."""
    page = OpportunityPageFactory(parent=sections["DE"])
    form_class = OpportunityPage.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=None)
    assert "image" in form.fields and "image_alt" in form.fields
    page.image, page.image_alt = photo, ""
    form.instance = page
    form.cleaned_data = {}
    form._errors = {}
    form._post_clean()
    assert form.errors["image_alt"] == [ALT_ERROR]


def test_no_image_needs_no_alt_and_an_image_with_alt_is_valid(sections, photo):
    page = OpportunityPageFactory(parent=sections["DE"])
    page.full_clean()
    page.image, page.image_alt = photo, "A cook plating a dish in a hotel kitchen"
    page.full_clean()


def test_deleting_the_image_keeps_the_page(sections, photo):
    page = OpportunityPageFactory(parent=sections["DE"])
    page.image, page.image_alt = photo, "A kitchen"
    page.save()
    photo.delete()
    page.refresh_from_db()
    assert page.image_id is None


# --- Rendering ------------------------------------------------------------------------


def test_a_placement_image_is_responsive_lazy_and_described(client, sections, photo):
    page = OpportunityPageFactory(parent=sections["DE"], title="Cook in Berlin")
    page.image, page.image_alt = photo, "A cook plating a dish in a hotel kitchen"
    page = publish(page)
    html = client.get(page.url).content.decode()
    tag = img_tag(html)
    found = attrs(tag)
    assert found["alt"] == "A cook plating a dish in a hotel kitchen"
    assert found["loading"] == "lazy"
    widths = sorted(int(width) for width in re.findall(r" (\d+)w", found["srcset"]))
    assert widths == [400, 800, 1200]
    assert found["sizes"]
    # width and height of the smallest rendition keep the aspect ratio (1600 x 1000).
    assert (int(found["width"]), int(found["height"])) == (400, 250)
    assert found["src"].startswith("/media/images/")
    # With an image, no big pictogram stands in for it (the facts still show the sector's).
    assert "pictogram--large" not in html


def test_without_an_image_the_placement_shows_its_sector_pictogram(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], sector="F")
    html = client.get(page.url).content.decode()
    assert '<figure class="page-image">' not in html
    big = re.search(r'<div class="page-pictogram"><svg class="([^"]+)"([^>]*)><use href="([^"]+)">', html)
    assert big is not None
    assert "pictogram--large" in big.group(1) and 'aria-hidden="true"' in big.group(2)
    assert big.group(3).endswith("/home/pictograms.svg#sector-F")


# --- Translation ----------------------------------------------------------------------


def test_the_image_is_synchronised_and_its_alt_text_translated(client, home_page, translate, photo):
    from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory

    index = OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale)
    section = CountrySectionPageFactory(parent=index, country="DE", title="DE")
    page = OpportunityPageFactory(parent=section, title="Cook in Berlin")
    page.image, page.image_alt = photo, "A cook in a hotel kitchen"
    page = publish(page)

    source, _created = TranslationSource.get_or_create_from_instance(page)
    contexts = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert "image_alt" in contexts
    assert not any(path.startswith("image.") or path == "image" for path in contexts)

    translate(home_page, "de")
    translate(index, "de")
    translate(section, "de")
    german = translate(page, "de", {"title": "Koch in Berlin", "image_alt": "Ein Koch in einer Hotelküche"})
    assert german.image_id == photo.pk
    assert german.image_alt == "Ein Koch in einer Hotelküche"
    html = client.get(german.url).content.decode()
    assert attrs(img_tag(html))["alt"] == "Ein Koch in einer Hotelküche"
