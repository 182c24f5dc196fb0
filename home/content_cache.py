"""What every public request looked up in the database, kept in the shared cache instead.

Before a page does its own work, Wagtail finds the request's site (one query), the active
locale (one), the home page in that language and its specific object (one or two), and checks
the view restrictions of the page's ancestors (two, and one more for a listing's ``public()``).
Those answers change only when an editor changes the site's content or its settings, so they are
cached under the **content generation**: a number in the cache that every publication,
unpublication, move, deletion, view-restriction, site or locale change increments. The
anonymous page cache (``pathway.page_cache``) keys its entries by the same number.

With Redis (``REDIS_URL``) every app server shares the number, so one change is seen by all at
once. With the local-memory cache (development, one process) entries also expire after
:data:`TIMEOUT` seconds, which bounds how long another process could serve an old answer. When
the cache fails, every lookup is a miss and goes to the database, as Wagtail does.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
TIMEOUT = 60
_MISSING = object()


def generation():
    """The content generation (1 when the cache has none, or does not answer)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def bump(**kwargs):
    """Start a new content generation (a signal receiver: publish, unpublish, move, delete, ...)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached(name, compute, *parts, keep=None):
    """``compute()``, kept for this content generation under ``name`` and ``parts``.

    ``keep(value)``, when given, says whether a computed value is worth keeping (a lookup keyed by
    what a visitor typed keeps only what exists, so that made-up keys do not fill the cache).
    """
    key = ":".join(["content", str(generation()), name, *map(str, parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if keep is None or keep(value):
            cache.set(key, value, TIMEOUT)
    return value


def cached_each(name, keys, compute):
    """``{key: value}`` for each of ``keys`` (tuples), kept for this content generation: one
    ``get_many`` for all of them, ``compute(missing_keys)`` (a ``{key: value}``) for the rest."""
    prefix = ":".join(["content", str(generation()), name])
    names = {":".join([prefix, *map(str, key)]): key for key in keys}
    found = {names[cache_key]: value for cache_key, value in cache.get_many(list(names)).items()}
    missing = [key for key in keys if key not in found]
    if missing:
        computed = compute(missing)
        cache.set_many({cache_key: computed[key] for cache_key, key in names.items() if key in computed}, TIMEOUT)
        found.update(computed)
    return found


def connect():
    """Increment the generation on every change that public pages show (``HomeConfig.ready``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump, dispatch_uid="content_generation_published")
    page_unpublished.connect(bump, dispatch_uid="content_generation_unpublished")
    post_page_move.connect(bump, dispatch_uid="content_generation_moved")
    post_delete.connect(bump, sender=Page, dispatch_uid="content_generation_deleted")
    for model in (PageViewRestriction, Site, Locale):
        post_save.connect(bump, sender=model, dispatch_uid=f"content_generation_saved_{model.__name__}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"content_generation_deleted_{model.__name__}")


# --- The lookups ------------------------------------------------------------------


def site_for_request(request):
    """Wagtail's ``Site.find_for_request``, with the site's home page as its specific object."""
    from wagtail.models import Site

    def find():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    host = request.get_host().lower()
    return cached("site", find, host, request.get_port())


def any_view_restriction():
    """Whether any page is restricted (password, login, groups); most sites have none."""
    from wagtail.models import PageViewRestriction

    return cached("restricted", PageViewRestriction.objects.exists)


def restricted_paths():
    """The tree paths of the restricted pages (each hides its subtree), shortest first; cached."""
    from wagtail.models import PageViewRestriction

    def find():
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)), key=len)
        return [path for n, path in enumerate(paths) if not any(path.startswith(p) for p in paths[:n])]

    if not any_view_restriction():
        return []
    return cached("restricted_paths", find)


def live_ancestor(page, model):
    """The live ancestor of ``page`` of type ``model`` (a detail page's way back to its
    listing), cached per parent: the same for every page of a section."""
    from wagtail.models import Page

    def find():
        return model.objects.ancestor_of(page).live().first()

    return cached("ancestor", find, model._meta.label_lower, page.path[: -Page.steplen])


class CachedViewRestrictions:
    """A page mixin: no restriction query while no page of the site is restricted."""

    def get_view_restrictions(self):
        if not any_view_restriction():
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class CachedPublicQuerySet:
    """A page queryset mixin: ``public()`` and ``private()`` run no restriction query while no
    page of the site is restricted."""

    def private_q(self):
        from django.db.models import Q

        if not any_view_restriction():
            return Q(pk__in=[])  # what Wagtail answers when no private section exists
        return super().private_q()
