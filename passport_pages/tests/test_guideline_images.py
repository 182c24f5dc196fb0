"""Optional images on guidelines (issue 18): an alt text is required with an image, and the
page renders responsive lazy renditions with it (placements: opportunities/tests/test_images.py)."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import ImageFactory

from passport_pages.factories import GuidelineIndexPageFactory, GuidelinePageFactory

pytestmark = pytest.mark.django_db

ALT_ERROR = "Describe what the image shows, for people who cannot see it."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def photo():
    return ImageFactory(title="suitcase.png", file=get_test_image_file("suitcase.png", size=(1600, 1000)))


def attrs(html):
    """The attributes of the page's ``<figure class="page-image">`` image."""
    figure = html.split('<figure class="page-image">', 1)[1].split("</figure>", 1)[0]
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', re.search(r"<img [^>]+>", figure).group(0)))


def test_a_guideline_image_needs_its_alt_text(home_page, photo):
    guideline = GuidelinePageFactory(parent=GuidelineIndexPageFactory(parent=home_page))
    guideline.image = photo
    with pytest.raises(ValidationError) as error:
        guideline.full_clean()
    assert error.value.message_dict["image_alt"] == [ALT_ERROR]


def test_a_guideline_image_is_responsive_lazy_and_described(client, home_page, photo):
    index = GuidelineIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    guideline = GuidelinePageFactory(parent=index, title="Packing your bag")
    guideline.image, guideline.image_alt = photo, "An open suitcase with clothes"
    guideline.save_revision().publish()
    html = client.get(guideline.url).content.decode()
    found = attrs(html)
    assert found["alt"] == "An open suitcase with clothes" and found["loading"] == "lazy"
    assert sorted(int(w) for w in re.findall(r" (\d+)w", found["srcset"])) == [400, 800, 1200]
    other = GuidelinePageFactory(parent=index, title="No picture")
    other.save_revision().publish()
    assert '<figure class="page-image">' not in client.get(other.url).content.decode()
