"""``{% europe_map counts listing_url as map %}``: the map of Europe's figures (``home.europe_map``)
for ``home/includes/europe_map.html``. No query: the counts come from the caller."""

from django import template
from django.utils import translation

from home.europe_map import europe_map as build

register = template.Library()


@register.simple_tag
def europe_map(counts, listing_url=""):
    """``listing_url`` defaults to the placements' listing of the active language (a public URL
    of the contract, ``/<lang>/opportunities/``, the same slug in every language)."""
    language = translation.get_language() or "en"
    return build(counts or {}, listing_url or f"/{language}/opportunities/", language)
