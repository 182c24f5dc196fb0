"""RSS and Atom feeds, the iCalendar of application deadlines and the "follow this search" page,
all honouring the listing's filters."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from home.filtering import query_string
from home.public_urls import absolute_url, base_host, page_url

from .filters import LISTING

FEED_SIZE = 50
CALENDAR_SIZE = 500


def filtered(request, index_page, limit, default_sort=None):
    """The first ``limit`` opportunities of the listing with the request's filters (no counts)."""
    query = request.GET
    if default_sort and not query.get("sort"):
        query = query.copy()
        query["sort"] = default_sort
    faceted = LISTING.run(query, index_page.opportunities())
    return list(faceted.results.select_related("locale").defer_streamfields()[:limit])


class OpportunityFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return _("VET Pathway: opportunities")

    def link(self, obj):
        return page_url(obj, self.request)

    def feed_url(self, obj):
        return absolute_url(self.request.get_full_path())

    def description(self, obj):
        return _("New vocational training opportunities abroad, with their application deadlines.")

    def subtitle(self, obj):
        # Atom's name for the description (RSS ignores it).
        return self.description(obj)

    def items(self, obj):
        # A feed of new placements: newest first unless the reader asked for another order.
        return filtered(self.request, obj, FEED_SIZE, default_sort="newest")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        deadline = _("Apply by %(date)s.") % {"date": item.application_deadline.isoformat()}
        return f"{item.summary} {deadline}"

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.source_first_published_at or item.first_published_at

    def item_categories(self, item):
        # Country and sector, labelled in the feed's language (the deadline is in the description).
        return [item.get_country_display_label(), item.get_sector_display_label()]


class OpportunityAtomFeed(OpportunityFeed):
    """The same items and filters as :class:`OpportunityFeed`, as Atom 1.0."""

    feed_type = Atom1Feed


def deadlines_calendar(request, index_page):
    """An iCalendar with one all-day event per application deadline."""
    calendar = Calendar()
    calendar.add("prodid", "-//VET Pathway//Opportunity deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("VET Pathway: application deadlines"))
    stamp = datetime.datetime.now(tz=datetime.UTC)
    host = base_host()
    for item in filtered(request, index_page, CALENDAR_SIZE):
        event = Event()
        event.add("uid", f"opportunity-{item.translation_key}-{item.locale.language_code}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.application_deadline)
        event.add("dtend", item.application_deadline + datetime.timedelta(days=1))
        event.add("summary", _("Application deadline: %(title)s") % {"title": item.title})
        event.add("description", item.summary)
        event.add("url", page_url(item, request))
        event.add("location", f"{item.city}, {item.get_country_display_label()}")
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    return response


def deadlines_view(request):
    """`/<lang>/opportunities/deadlines.ics` for the active language's opportunity index."""
    from wagtail.models import Locale

    from .models import OpportunityIndexPage

    index_page = OpportunityIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    if index_page is None:
        raise Http404("No opportunity listing in this language.")
    return deadlines_calendar(request, index_page)


def follow_query(request):
    """The request's filters and words as a query string, without ``page`` and ``sort``.

    Only parameters the listing reads (the page cache keys pages on the same ones), so tracking
    parameters are not copied into the links. ``sort`` is dropped: the feeds of a followed search
    list new placements first, the iCalendar by deadline.
    """
    return query_string(request.GET, (*LISTING.names, "q", "open"))


def follow_view(request, index_page):
    """`/<lang>/opportunities/follow/`: the ways to follow the current search (GET only, no form)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    query = follow_query(request)
    faceted = LISTING.run(request.GET, index_page.opportunities())  # for the chips: no query is run
    context = index_page.get_context(request)
    context.update(
        {
            "follow_query": query,
            "chips": faceted.chips,
            "filters": faceted,
        }
    )
    return TemplateResponse(request, "opportunities/follow.html", context)
