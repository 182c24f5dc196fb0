"""Public views routed by ``OrganisationIndexPage``: the listing and the employer registration.

    /<lang>/enterprises/                           listing (filters country, sector, kind)
    /<lang>/enterprises/register/                  the form (GET, POST)
    /<lang>/enterprises/register/thanks/           "check your inbox"
    /<lang>/enterprises/register/confirm/<token>/  the double opt-in (GET shows a button, POST confirms)

The form pages are never cached: they carry a CSRF token, and a POST's answer is
for one visitor only. Confirmation pages send no Referer (the token is in the URL).
"""

from functools import partial

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from home.filtering import paginate
from home.personal_data import NOT_SENT_MESSAGE
from home.ratelimit import is_rate_limited, limited_response

from . import services
from .filters import LISTING
from .registration_forms import HONEYPOT_FIELD, EmployerRegistrationForm

RATE_LIMIT_SCOPE = "employer-registration"
RATE_LIMIT_WINDOW = 600  # seconds

PAGE_SIZE = 20


def _no_store(response):
    add_never_cache_headers(response)
    return response


# --- Listing ------------------------------------------------------------------
def listing(request, index_page):
    faceted = LISTING.run(request.GET, index_page.organisations())
    page_obj = paginate(request, faceted.results.prefetch_related("sectors"), PAGE_SIZE, count=faceted.result_count)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": faceted,
            "results": page_obj,
            "facets": faceted.facets,
            "chips": faceted.chips,
            "query_without_page": faceted.without("page"),
            "source_language_code": settings.LANGUAGE_CODE,
        }
    )
    return TemplateResponse(request, "enterprises/organisation_index_page.html", context)


# --- Registration ---------------------------------------------------------------
def _context(request, index_page, **extra):
    """The registration pages are views of the index page, not the page itself: no ``page`` in the
    context, so that the language switcher links to this view in each language (the URL contract
    keeps the slugs the same) and no canonical link points at the listing."""
    context = {"index_page": index_page, "privacy_url": f"/{get_language()}/privacy/"}
    context.update(extra)
    return context


def _thanks_url(index_page, request):
    return index_page.get_url(request) + index_page.reverse_subpage("register_thanks")


def _chosen_opportunity(raw):
    from opportunities.models import OpportunityPage

    raw = (raw or "").strip()[:12]
    if not (raw.isascii() and raw.isdigit()):
        return None
    return OpportunityPage.objects.live().public().filter(pk=int(raw)).first()


def register(request, index_page):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    status = 200
    if request.method == "POST":
        limit = getattr(settings, "PATHWAY_REGISTRATION_RATE_LIMIT", 5)
        if is_rate_limited(request, RATE_LIMIT_SCOPE, limit, RATE_LIMIT_WINDOW):
            context = _context(request, index_page, retry_minutes=RATE_LIMIT_WINDOW // 60)
            return limited_response(request, "enterprises/register_rate_limited.html", context, RATE_LIMIT_WINDOW)
        form = EmployerRegistrationForm(request.POST)
        if form.honeypot_caught():
            # The same answer as a successful registration; nothing is stored or sent.
            return _no_store(HttpResponseRedirect(_thanks_url(index_page, request)))
        if form.is_valid():
            try:
                services.submit(form, confirm_url=partial(services.confirmation_url, index_page))
            except services.EmailNotSent:
                form.add_error(
                    None,
                    str(NOT_SENT_MESSAGE),
                )
                status = 503
            else:
                return _no_store(HttpResponseRedirect(_thanks_url(index_page, request)))
        opportunity = form.opportunity
    else:
        opportunity = _chosen_opportunity(request.GET.get("opportunity"))
        initial = {}
        if opportunity is not None:
            initial["opportunity_id"] = str(opportunity.pk)
            if opportunity.country in settings.PATHWAY_HOST_COUNTRIES:
                initial["country"] = opportunity.country
            initial["sector"] = opportunity.sector
        form = EmployerRegistrationForm(initial=initial)
    context = _context(request, index_page, form=form, opportunity=opportunity, honeypot_name=HONEYPOT_FIELD)
    return _no_store(TemplateResponse(request, "enterprises/register.html", context, status=status))


def register_thanks(request, index_page):
    return _no_store(TemplateResponse(request, "enterprises/register_thanks.html", _context(request, index_page)))


def register_confirm(request, index_page, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        registration = services.registration_for_token(token)
    except services.ExpiredToken:
        return _confirm_response(request, index_page, "invalid", status=410, expired=True)
    except services.InvalidToken:
        return _confirm_response(request, index_page, "invalid", status=400, expired=False)

    if registration.status != registration.Status.UNCONFIRMED:
        return _confirm_response(request, index_page, "done", already=True)
    if request.method == "POST":
        first_time = services.confirm(registration)
        return _confirm_response(request, index_page, "done", already=not first_time)
    # A GET only shows the button: mail scanners that follow links confirm nothing.
    return _confirm_response(request, index_page, "confirm")


def _confirm_response(request, index_page, step, status=200, **extra):
    response = TemplateResponse(
        request,
        f"enterprises/register_confirm_{step}.html",
        _context(request, index_page, **extra),
        status=status,
    )
    # The token in this page's URL never leaves the site; "no-referrer" would make browsers
    # post the confirmation with "Origin: null", which Django's CSRF check refuses.
    response["Referrer-Policy"] = "same-origin"
    return _no_store(response)
