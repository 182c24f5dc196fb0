"""Reading code filters from a query string, shared by every listing.

Listings (opportunities, organisations, guidelines), feeds and APIs take
repeatable code parameters (``?country=DE&country=ES`` or ``?country=DE,ES``).
Unknown values are dropped and named in a note the page shows, never an error.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _

MAX_VALUES_PER_FILTER = 40


def read_codes(query, name, allowed, normalise=str.strip, notes=None):
    """The known values of the repeatable parameter ``name``, in order, without repeats.

    ``query`` is a QueryDict; each value may hold several codes separated by commas;
    NUL bytes are removed; ``normalise`` maps a raw value to a code (e.g. ``str.upper``).
    Each unknown value adds a translated note to ``notes`` (when given).
    """
    values = []
    for raw in query.getlist(name)[:MAX_VALUES_PER_FILTER]:
        for part in str(raw).split(","):
            value = normalise(part.strip().replace("\x00", ""))
            if not value:
                continue
            if value in allowed:
                if value not in values:
                    values.append(value)
            elif notes is not None:
                notes.append(
                    _("Unknown value “%(value)s” for “%(name)s” was ignored.") % {"value": value[:40], "name": name}
                )
    return values


def facet_options(filters, counts, facets):
    """Each facet's values with their count and whether chosen, for a filter form.

    ``facets`` is ``[(name, vocabulary)]``; values with no result that are not
    chosen are left out, so the form stays short.
    """
    result = []
    for name, vocabulary in facets:
        chosen = set(getattr(filters, name))
        options = [
            {"code": code, "label": label, "count": counts[name].get(code, 0), "checked": code in chosen}
            for code, label in vocabulary
            if counts[name].get(code, 0) or code in chosen
        ]
        result.append({"name": name, "options": options})
    return result


def paginate(request, queryset, per_page):
    """The requested page of ``queryset``: the first for a malformed number, the last past the end."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
