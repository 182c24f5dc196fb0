"""Public views of the email alerts, inside the language prefix (see ``urls.py``):

    POST     /<lang>/opportunities/alerts/subscribe/              the follow page's form
    GET      /<lang>/opportunities/alerts/thanks/                 "check your inbox"
    GET/POST /<lang>/opportunities/alerts/confirm/<token>/        double opt-in: GET shows a button, POST confirms
    GET/POST /<lang>/opportunities/alerts/unsubscribe/<token>/    GET shows a button, POST deletes (RFC 8058)
    GET/POST /<lang>/opportunities/alerts/keep/<token>/           the yearly keep-link: GET shows a button, POST keeps

They are Django views, not routes of the ``OpportunityIndexPage``: two of them take POSTs
without a CSRF token, and Wagtail's page view is not CSRF-exempt.

- **subscribe**: the form sits on the follow page, which the page cache keeps (a page holding a
  CSRF token is never cached). Instead of a token, a browser's POST must come from this site
  (``Origin``, else ``Referer``, as Django's CSRF check compares them); a forged one could
  only ask for a confirmation email that the owner of the address ignores (double opt-in).
- **unsubscribe**: mail programs POST ``List-Unsubscribe=One-Click`` to it, with no token
  (RFC 8058); the signed link is the authorisation. A GET only shows the button, so that
  link scanners unsubscribe nobody.

Confirmation and keep pages show a button whose POST (with a CSRF token) acts: mail scanners
that open links change nothing. Pages with a token in their URL send no Referer elsewhere.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from home.personal_data import NOT_SENT_MESSAGE
from home.ratelimit import is_rate_limited, limited_response
from opportunities.filters import LISTING
from opportunities.models import OpportunityIndexPage, OpportunityPage

from . import services
from .forms import SubscribeForm

RATE_LIMIT_SCOPE = "opportunity-alerts"
RATE_LIMIT_WINDOW = 600  # seconds
DEFAULT_RATE_LIMIT = 5  # POSTs per client address per window (``PATHWAY_ALERT_RATE_LIMIT``)


def _no_store(response):
    add_never_cache_headers(response)
    return response


def _index_page():
    """The live opportunity listing of the active language, or None."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        return None
    return OpportunityIndexPage.objects.live().filter(locale=locale).first()


def _context(request, index_page, **extra):
    """Like the registration pages: no ``page``, so the language switcher links to this view in
    each language and no canonical link points elsewhere."""
    context = {"index_page": index_page, "privacy_url": services.privacy_url()}
    context.update(extra)
    return context


def _follow_link(index_page, filters, request=None):
    if index_page is None:
        return None
    path = index_page.get_url(request) + index_page.reverse_subpage("follow")
    return f"{path}?{filters}" if filters else path


def _chips(filters):
    """The labels of a search's filters, as the follow page shows them (no query is run)."""
    return LISTING.run(QueryDict(filters), OpportunityPage.objects.none()).chips


# --- Subscription -----------------------------------------------------------------------
def _trusted_origins(request):
    origins = {f"{request.scheme}://{request.get_host()}"}
    origins.update(origin for origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", []) if "*" not in origin)
    return origins


def comes_from_this_site(request):
    """True unless the browser says the POST comes from another site.

    Browsers send ``Origin`` with every form POST (``null`` from sandboxed or privacy-hiding
    contexts, refused here); without it, ``Referer`` is compared. A request with neither is not
    a browser's, so a forged form cannot have sent it.
    """
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in _trusted_origins(request)
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" in _trusted_origins(request)
    return True


@csrf_exempt  # see the module's docstring: the form's page is cached, so it holds no token
def subscribe(request):
    if request.method in ("GET", "HEAD"):
        # The form lives on the follow page.
        index_page = _index_page()
        target = _follow_link(index_page, services.normalise_filters(request.GET), request)
        return _no_store(HttpResponseRedirect(target or f"/{get_language()}/"))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    index_page = _index_page()
    limit = getattr(settings, "PATHWAY_ALERT_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    if is_rate_limited(request, RATE_LIMIT_SCOPE, limit, RATE_LIMIT_WINDOW):
        context = _context(request, index_page, retry_minutes=RATE_LIMIT_WINDOW // 60)
        return limited_response(request, "alerts/rate_limited.html", context, RATE_LIMIT_WINDOW)
    if not comes_from_this_site(request):
        return _no_store(TemplateResponse(request, "alerts/forbidden.html", _context(request, index_page), status=403))
    form = SubscribeForm(request.POST)
    status = 200
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.subscribe(data["email"], data["frequency"], data["filters"], get_language())
        except services.EmailNotSent:
            form.add_error(
                None,
                str(NOT_SENT_MESSAGE),
            )
            status = 503
        else:
            # The same answer for a new address, one we know and one that has all its alerts.
            return _no_store(HttpResponseRedirect(reverse("alerts:thanks")))
    filters = services.normalise_filters(form.data.get("filters") or "")
    context = _context(
        request,
        index_page,
        form=form,
        follow_query=filters,
        chips=_chips(filters),
        follow_url=_follow_link(index_page, filters, request),
    )
    return _no_store(TemplateResponse(request, "alerts/subscribe.html", context, status=status))


def thanks(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return TemplateResponse(request, "alerts/thanks.html", _context(request, _index_page()))


# --- Links from the emails ----------------------------------------------------------
def _token_page(request, template, status=200, **extra):
    response = TemplateResponse(request, template, _context(request, _index_page(), **extra), status=status)
    # The token in this page's URL never leaves the site; "no-referrer" would make browsers
    # post the button's form with "Origin: null", which Django's CSRF check refuses.
    response["Referrer-Policy"] = "same-origin"
    return _no_store(response)


def _invalid(request, expired):
    return _token_page(request, "alerts/link_invalid.html", status=410 if expired else 400, expired=expired)


def confirm(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        alert = services.alert_for_confirm_token(token)
    except services.ExpiredToken:
        return _invalid(request, expired=True)
    except services.InvalidToken:
        return _invalid(request, expired=False)
    follow = _follow_link(_index_page(), alert.filters, request)
    if alert.is_confirmed:
        return _token_page(request, "alerts/confirm_done.html", already=True, alert=alert, follow_url=follow)
    if request.method == "POST":
        first_time = services.confirm(alert)
        return _token_page(request, "alerts/confirm_done.html", already=not first_time, alert=alert, follow_url=follow)
    # A GET only shows the button: mail scanners that follow links confirm nothing.
    return _token_page(request, "alerts/confirm.html", alert=alert, chips=_chips(alert.filters))


@csrf_exempt  # RFC 8058: the mail program's one-click POST carries no CSRF token; the signed link is enough
def unsubscribe(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        alert = services.alert_for_unsubscribe_token(token)
    except services.InvalidToken:
        return _invalid(request, expired=False)
    if request.method == "POST":
        if alert is not None:
            services.unsubscribe(alert)
        return _token_page(request, "alerts/unsubscribe_done.html")
    if alert is None:  # already unsubscribed: nothing to ask
        return _token_page(request, "alerts/unsubscribe_done.html")
    # A GET only shows the button: link scanners unsubscribe nobody.
    return _token_page(request, "alerts/unsubscribe.html", alert=alert, chips=_chips(alert.filters))


def keep(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        alert = services.alert_for_keep_token(token)
    except services.ExpiredToken:
        return _invalid(request, expired=True)
    except services.InvalidToken:
        return _invalid(request, expired=False)
    if request.method == "POST":
        services.keep(alert)
        return _token_page(request, "alerts/keep_done.html", alert=alert)
    return _token_page(request, "alerts/keep.html", alert=alert, chips=_chips(alert.filters))
