"""Tags are synchronised between languages (never translated): public pages do not show them,
while search and matching still use them."""

import pytest

from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


def test_tags_are_not_shown_on_public_pages(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], title="Hotel kitchen in Berlin")
    page.tags.add("Kochlehre-Tag")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Hotel kitchen in Berlin" in html
    assert "Kochlehre-Tag" not in html
    assert 'class="tags"' not in html
