"""RSS feed and iCalendar of application deadlines, both honouring the listing's filters."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .filters import OpportunityFilters

FEED_SIZE = 50
CALENDAR_SIZE = 500


def filtered(request, index_page, limit):
    filters = OpportunityFilters.from_query(request.GET)
    return list(filters.apply(index_page.opportunities()).select_related("locale").defer_streamfields()[:limit])


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
        return obj.get_url(self.request)

    def description(self, obj):
        return _("New vocational training opportunities abroad, with their application deadlines.")

    def items(self, obj):
        return filtered(self.request, obj, FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        deadline = _("Apply by %(date)s.") % {"date": item.application_deadline.isoformat()}
        return f"{item.summary} {deadline}"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [item.get_country_display_label(), item.get_sector_display_label()]


def deadlines_calendar(request, index_page):
    """An iCalendar with one all-day event per application deadline."""
    calendar = Calendar()
    calendar.add("prodid", "-//VET Pathway//Opportunity deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("VET Pathway: application deadlines"))
    stamp = datetime.datetime.now(tz=datetime.UTC)
    host = request.get_host().split(":")[0]
    for item in filtered(request, index_page, CALENDAR_SIZE):
        event = Event()
        event.add("uid", f"opportunity-{item.translation_key}-{item.locale.language_code}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.application_deadline)
        event.add("dtend", item.application_deadline + datetime.timedelta(days=1))
        event.add("summary", _("Application deadline: %(title)s") % {"title": item.title})
        event.add("description", item.summary)
        event.add("url", item.get_full_url(request))
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
