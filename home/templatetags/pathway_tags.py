"""Template tags every page uses: language switcher, hreflang, canonical link,
main navigation and footer links.

Each tag is written to cost a fixed number of queries, whatever the size of the
site (see tests/test_query_counts.py in the content apps).
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

register = template.Library()


def _is_page(page):
    """Templates of views that are not pages have no (or an empty) ``page``."""
    return isinstance(page, Page) and page.pk is not None


def _site_root_translations(request):
    """The site's home page in every locale, keyed by language code (one query, cached on the request)."""
    cached = getattr(request, "_pathway_homes", None)
    if cached is None:
        cached = {}
        site = Site.find_for_request(request)
        if site is not None:
            root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
            for home in Page.objects.filter(translation_key__in=root_key).live().select_related("locale"):
                cached[home.locale.language_code] = home
        request._pathway_homes = cached
    return cached


def _page_translations(page):
    """Live pages sharing this page's translation key, keyed by language code.

    One query, kept on the page: the switcher and the hreflang links both use it.
    """
    cached = getattr(page, "_pathway_translations", None)
    if cached is None:
        cached = {
            p.locale.language_code: p
            for p in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
        }
        page._pathway_translations = cached
    return cached


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per configured language, pointing at this page's translation.

    A page that exists in a language (translated, or an alias saying it is not yet
    translated) is linked directly; otherwise that language's home page. Views
    that are not pages (matching, search) translate their own URL.
    """
    request = context["request"]
    current = translation.get_language()
    translations = _page_translations(page) if _is_page(page) else None
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if translations is not None:
            target = translations.get(code)
            if target is None:
                target = _site_root_translations(request).get(code)
            url = target.get_url(request) if target is not None else None
        else:
            url = translate_url(request.get_full_path(), code)
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
    real = {code: p for code, p in _page_translations(page).items() if p.alias_of_id is None}
    links = [{"hreflang": code, "url": p.get_full_url(request)} for code, p in sorted(real.items())]
    default = real.get(settings.LANGUAGE_CODE)
    if default is not None and len(links) > 1:
        links.append({"hreflang": "x-default", "url": default.get_full_url(request)})
    return links if len(links) > 1 else []


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """An alias's canonical page is its source; any other page is its own."""
    request = context["request"]
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).first()
        if source is not None:
            return source.get_full_url(request)
    return page.get_full_url(request)


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
    children = (
        home.get_children()
        .live()
        .filter(Q(show_in_menus=True) | Q(contentpage__show_in_footer=True))
        .only("id", "title", "url_path", "depth", "path", "show_in_menus", "content_type_id")
        .annotate(in_footer=Coalesce("contentpage__show_in_footer", False))
    )
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
