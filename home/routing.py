"""Routing a request to its page in one query instead of one per level of the path.

Wagtail routes ``/de/opportunities/deutschland/koch/`` from the home page down, one
child lookup and one ``.specific`` per level: seven queries for a placement. A page's
``url_path`` is its ancestors' slugs, so every page on the request's path is found in one
query; Wagtail's own ``route`` then continues from the page that answers, exactly as if it
had walked down to it:

- a live routable page on the way (``RoutablePageMixin``) whose own sub-routes match the rest
  of the path answers first, as Wagtail's walk would have let it (``/opportunities/feed/``);
- otherwise the deepest page found continues with what is left of the path (a 404 when
  something is left and it has no such child or sub-route).

Liveness is checked where Wagtail checks it: by the page that answers.

When the page found is exactly the one at the path (no sub-route, nothing left over), it is kept
in the content cache (``home.content_cache``, renewed by every publication, move or deletion),
with the child rows its public page shows (``public_prefetch``, a page model's list of
relations). The next request for that page then routes without a query. A path that leads to
no page is not kept: visitors' made-up paths do not fill the cache.
"""

import hashlib

from django.db.models import prefetch_related_objects
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from . import content_cache

MAX_DEPTH = 12  # deeper paths than the site has are routed by Wagtail itself (and end in a 404)


def _sub_route_matches(page, remaining):
    cls = page.specific_class
    if not page.live or cls is None or not issubclass(cls, RoutablePageMixin):
        return False
    try:
        cls.get_resolver().resolve("/" + "".join(f"{slug}/" for slug in remaining))
    except Resolver404:
        return False
    return True


def _found(root, path_components):
    """(the specific page that answers the path, how many components it consumed), or None."""
    prefixes = [
        root.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
        for depth in range(1, len(path_components) + 1)
    ]
    on_path = list(
        Page.objects.filter(url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth).order_by("depth")
    )
    if not on_path:
        return None
    answering = on_path[-1]
    for page in on_path[:-1]:
        if _sub_route_matches(page, path_components[page.depth - root.depth :]):
            answering = page
            break
    page = answering.specific
    consumed = answering.depth - root.depth
    if consumed == len(path_components):  # the page at this very path: kept, with what it shows
        prefetch_related_objects([page], *getattr(page, "public_prefetch", ()))
    return page, consumed


def route_from(root, request, path_components):
    """Route ``path_components`` below ``root`` (the site's home page in the request's language),
    or None to let Wagtail walk the tree itself."""
    if not path_components or len(path_components) > MAX_DEPTH:
        return None
    path = hashlib.sha256("/".join(path_components).encode()).hexdigest()
    found = content_cache.cached(
        "route",
        lambda: _found(root, path_components),
        root.pk,
        path,
        keep=lambda found: found is not None and found[1] == len(path_components),
    )
    if found is None:
        return None
    page, consumed = found
    return page.route(request, path_components[consumed:])
