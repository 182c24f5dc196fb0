"""Template tags every page uses: language switcher, hreflang, canonical link,
main navigation and footer links, meta description and Open Graph URL, and the
order of a filter's options.

Each tag is written to cost a fixed number of queries, whatever the size of the
site (see tests/test_query_counts.py in the content apps).
"""

import hashlib
import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Page, Site

from home.collation import sort_key
from home.content_cache import cached, cached_each
from home.filtering import query_string
from home.public_urls import absolute_url, page_url

register = template.Library()


def _is_page(page):
    """Templates of views that are not pages have no (or an empty) ``page``."""
    return isinstance(page, Page) and page.pk is not None


def _root_key(request):
    """The translation key of the request's site's home page (content cache), or None.

    A value, not a subquery: ``translation_key IN (subquery) OR translation_key = x`` cannot use
    the index on ``translation_key`` and read every page (33 ms a page at 100,000 placements)."""
    site = Site.find_for_request(request)
    if site is None:
        return None

    def find():
        return Page.objects.filter(pk=site.root_page_id).values_list("translation_key", flat=True).first()

    return cached("site-root-key", find, site.root_page_id)


def _by_language(pages):
    return {p.locale.language_code: p for p in pages}


def _live_translations(*keys):
    """Live pages with these translation keys, with their locales: one query, kept in the content
    cache (renewed by every publication), since every page shows its translations (switcher and
    hreflang links): the query was a fifth of a plain page's time."""

    def find():
        return list(Page.objects.filter(translation_key__in=keys).live().select_related("locale"))

    return cached("live-translations", find, *sorted(map(str, set(keys))))


def _site_root_translations(request, page=None):
    """The site's home page in every locale, keyed by language code (cached on the request).

    Given the page being shown, its translations are read in the same query (see
    :func:`_page_translations`).
    """
    found_homes = getattr(request, "_pathway_homes", None)
    if found_homes is None:
        found_homes = {}
        root_key = _root_key(request)
        if root_key is not None:
            with_page = _is_page(page) and getattr(page, "_pathway_translations", None) is None
            found = _live_translations(root_key, *([page.translation_key] if with_page else []))
            if with_page:
                page._pathway_translations = _by_language(p for p in found if p.translation_key == page.translation_key)
            found_homes = _by_language(p for p in found if p.translation_key == root_key)
        request._pathway_homes = found_homes
    return found_homes


def _page_translations(page, request=None):
    """Live pages sharing this page's translation key, keyed by language code.

    One query (or none: content cache), kept on the page: the switcher and the hreflang links
    both use it; with the request, the site's home pages come in the same query.
    """
    translations = getattr(page, "_pathway_translations", None)
    if translations is None and request is not None and getattr(request, "_pathway_homes", None) is None:
        _site_root_translations(request, page)
        translations = getattr(page, "_pathway_translations", None)
    if translations is None:
        translations = _by_language(_live_translations(page.translation_key))
        page._pathway_translations = translations
    return translations


# What stays when the language changes: the words and view options of a listing or a search,
# and the facets of the listing on the page (each listing declares them once, home.filtering).
# Anything else (tracking, unknown, the page number, whose order may differ by language) is
# dropped, also because the page cache keys pages by the parameters they read and must not hand
# one visitor's stray parameters to the next.
COMMON_PARAMETERS = ("q", "open", "sort")


def kept_parameters(context):
    """:data:`COMMON_PARAMETERS` plus the facet names of the page's listing (``filters``), if any."""
    listing = getattr(context.get("filters"), "listing", None)
    return (*getattr(listing, "names", ()), *COMMON_PARAMETERS)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per configured language, pointing at this page's translation.

    A page that exists in a language (translated, or an alias saying it is not yet
    translated) is linked directly; otherwise that language's home page. Views
    that are not pages (matching, search) translate their own URL.
    """
    request = context["request"]
    current = translation.get_language()
    translations = _page_translations(page, request) if _is_page(page) else None
    query = query_string(request.GET, kept_parameters(context))
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        same_page = True
        if translations is not None:
            target = translations.get(code)
            if target is None:
                target = _site_root_translations(request).get(code)
                same_page = False
            url = target.get_url(request) if target is not None else None
        else:
            url = translate_url(request.path, code)
        # The filters and words of a listing or a search stay when the language changes.
        if url and query and same_page:
            url = f"{url}?{query}"
        links.append(
            {
                "code": code,
                "name": settings.LANGUAGE_NATIVE_NAMES.get(code, code),
                "url": url or f"/{code}/",
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context, page):
    """hreflang alternates: real translations only (aliases are not), plus x-default."""
    request = context["request"]
    if not _is_page(page) or page.alias_of_id:
        return []
    real = {code: p for code, p in _page_translations(page, request).items() if p.alias_of_id is None}
    links = [{"hreflang": code, "url": page_url(p, request)} for code, p in sorted(real.items())]
    default = real.get(settings.LANGUAGE_CODE)
    if default is not None and len(links) > 1:
        links.append({"hreflang": "x-default", "url": page_url(default, request)})
    return links if len(links) > 1 else []


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """An alias's canonical page is its source; any other page is its own."""
    request = context["request"]
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).first()
        if source is not None:
            return page_url(source, request)
    return page_url(page, request)


@register.simple_tag
def source_language(page):
    """The language an alias's content is written in (its source's), else None."""
    if not _is_page(page) or not page.alias_of_id:
        return None
    return Page.objects.filter(pk=page.alias_of_id).values_list("locale__language_code", flat=True).first()


@register.simple_tag(takes_context=True)
def site_navigation(context, page=None):
    """The main menu and the footer's legal pages of the current language, in one query.

    Menu: children of the language's home page marked "show in menus"; each item
    is ``{"page": ..., "active": ...}``, active when the current page is that item
    or lies below it. Legal pages: the home's content pages marked "show in footer".
    """
    request = context["request"]
    home = _site_root_translations(request).get(translation.get_language())
    navigation = {"menu": [], "legal": []}
    if home is None:
        return navigation

    def links():
        return list(
            home.get_children()
            .live()
            .filter(Q(show_in_menus=True) | Q(contentpage__show_in_footer=True))
            .only("id", "title", "url_path", "depth", "path", "show_in_menus", "content_type_id")
            .annotate(in_footer=Coalesce("contentpage__show_in_footer", False))
        )

    # Kept for the content generation (any publication renews it): on a large site the query reads
    # the whole tree below the home page (18 ms at 100,000 placements), on every page.
    children = cached("navigation", links, home.pk)
    current_path = page.path if _is_page(page) else ""
    for child in children:
        if child.show_in_menus:
            navigation["menu"].append({"page": child, "active": current_path.startswith(child.path)})
        if child.in_footer:
            navigation["legal"].append(child)
    return navigation


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld_script(data):
    """A schema.org JSON-LD data block, escaped like Django's json_script.

    A data block is not executed, so ``script-src 'self'`` does not stop it.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above


# Facets whose options a reader scans by name; the others (EQF levels, phases, types,
# support) keep the order of their vocabulary.
ALPHABETICAL_FACETS = frozenset({"country", "language", "sector"})


@register.filter
def collated_options(facet):
    """A facet's options, sorted by label in the active language when read by name."""
    options = facet.get("options", [])
    if facet.get("name") not in ALPHABETICAL_FACETS:
        return options
    language = translation.get_language() or settings.LANGUAGE_CODE
    return sorted(options, key=lambda option: sort_key(str(option["label"]), language))


_DESCRIPTION_FIELDS = ("search_description", "summary", "introduction", "hero_text")
DESCRIPTION_LENGTH = 160


@register.simple_tag
def meta_description(page=None, fallback=""):
    """The page's description for search engines and previews: its editor's search
    description, else its summary or introduction (plain text, at most 160 characters),
    else ``fallback``."""
    if _is_page(page):
        specific = page.specific if type(page) is Page else page
        for field in _DESCRIPTION_FIELDS:
            value = getattr(specific, field, None)
            if value:
                text = " ".join(strip_tags(str(value)).split())
                if text:
                    return Truncator(text).chars(DESCRIPTION_LENGTH)
    return str(fallback)


@register.simple_tag(takes_context=True)
def share_url(context, page=None):
    """The absolute URL to share: a page's public URL, else the request's path on the public base URL."""
    request = context.get("request")
    if _is_page(page):
        url = page_url(page, request)
        if url:
            return url
    if request is None:
        return absolute_url("/")
    return absolute_url(request.path)


@register.simple_tag
def pictogram(kind, code, extra_class=""):
    """A pictogram of the sprite (``home.pictograms``), decorative beside its text label:
    ``{% pictogram "sector" page.sector %}``. Colour and size come from CSS (``.pictogram``)."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    from home.pictograms import STATIC_NAME, symbol_id

    classes = " ".join(["pictogram", f"pictogram--{kind}", *str(extra_class).split()])
    href = f"{static(STATIC_NAME)}#{symbol_id(kind, code)}"
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false" width="24" height="24"><use href="{}"></use></svg>',
        classes,
        href,
    )


@register.simple_tag(takes_context=True)
def share_image(context, page=None, default_alt=""):
    """The image link previews show (``og:image``, ``twitter:image``): ``{"url", "width", "height",
    "alt"}``, absolute. A page's own (its ``share_image()``: an editor's image, a placement's
    generated card), else the site's default card described by ``default_alt``."""
    from home.share_image import default_share_card

    if _is_page(page):
        specific = page.specific if type(page) is Page else page
        own = getattr(specific, "share_image", None)
        card = own(context.get("request")) if callable(own) else None
        if card:
            return card
    return default_share_card(str(default_alt))


def _card_objects(objects):
    """``(pks in order, load(pks) -> {pk: object})``. For a queryset (a page of results), only the
    ids are read: the objects are loaded, with the queryset's joins and prefetches, for the cards
    the cache does not have."""
    if isinstance(objects, QuerySet):

        def load(pks):
            unsliced = objects._chain()
            unsliced.query.clear_limits()
            return {obj.pk: obj for obj in unsliced.filter(pk__in=pks)}

        return list(objects.values_list("pk", flat=True)), load
    by_pk = {obj.pk: obj for obj in objects}
    return list(by_pk), lambda pks: by_pk


@register.simple_tag(takes_context=True)
def cached_cards(context, objects, template_name, name):
    """Each of ``objects`` rendered by ``template_name`` (as ``name``, in this context), as a list.

    Each card is kept in the content cache per page, language, day (a card says whether its
    deadline has passed) and host, until the next publication: a listing draws the cards it
    shows once, not on every request (20 cards were a third of a listing's time). One cache
    round trip reads them all, and a page of results reads only its ids from the database.
    """
    pks, load = _card_objects(objects)
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    where = (template_name, translation.get_language(), timezone.localdate().isoformat(), host)
    keys = [(*where, pk) for pk in pks]

    def render(missing):
        card = context.template.engine.get_template(template_name)
        found = load([key[-1] for key in missing])
        rendered = {}
        for key in missing:
            if key[-1] in found:  # unpublished meanwhile: no card
                with context.push(**{name: found[key[-1]]}):
                    rendered[key] = card.render(context)
        return rendered

    cards = cached_each("card", keys, render)
    return [mark_safe(cards[key]) for key in keys if key in cards]  # noqa: S308 (rendered by the template, escaped there)


@register.simple_tag(takes_context=True)
def cached_include(context, template_name, *parts):
    """``{% include template_name %}``, kept in the content cache under ``parts`` and the language
    until the next publication (e.g. a listing's facets under its filters' digest); rendered each
    time when a part is None (nothing to key it by)."""

    def render():
        return context.template.engine.get_template(template_name).render(context)

    if any(part is None for part in parts):
        return mark_safe(render())  # noqa: S308 (rendered by the template, escaped there)
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return mark_safe(cached("fragment", render, template_name, translation.get_language(), digest))  # noqa: S308
