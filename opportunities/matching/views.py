"""``/<lang>/match/``: the matching form (GET) and its results (POST only).

GET shows the empty form, or one pre-filled with ``destination_countries`` /
``sectors`` codes from an opportunity's "Check my match" link (codes about the
opportunity, nothing about the visitor). The profile travels only in the POST
body; every answer carries ``Cache-Control: no-store``; nothing is stored or logged.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from home import usage
from home import vocabularies as vocab
from home.ratelimit import is_rate_limited
from opportunities.models import CountrySectionPage

from .forms import CRITERIA_CHOICES, MatchForm, prefill_from_query
from .messages import order_sentence, render_result
from .service import find_matches

TEMPLATE = "matching/match.html"
RATE_LIMIT = (30, 60)  # requests per client per window (seconds)
MAX_ECHOED = 40  # values per field carried back by "Change your answers"


def no_store(response):
    """``never_cache`` sets no-store already; make sure nothing removed it."""
    if "no-store" not in response.get("Cache-Control", ""):
        response["Cache-Control"] = "no-store, " + response.get("Cache-Control", "private")
    return response


def _country_options(form, locale):
    """Host countries (a country section in this language, or in the settings), and any chosen."""
    shown = set(CountrySectionPage.objects.filter(locale=locale).live().values_list("country", flat=True))
    shown |= set(getattr(settings, "PATHWAY_HOST_COUNTRIES", []))
    chosen = form["destination_countries"].value() or []
    shown |= {code for code in chosen if isinstance(code, str)}
    return vocab.sorted_choices([(code, label) for code, label in vocab.COUNTRIES if code in shown])


def _summary(form):
    """What the trainee told us, as labelled lines for the printed page (never stored)."""
    data = form.cleaned_data
    lines = []

    def add(label, value):
        if value:
            lines.append({"label": label, "value": value})

    add(_("Countries"), ", ".join(vocab.label(vocab.COUNTRIES, c) for c in data.get("destination_countries", [])))
    if data.get("destination_countries") and data.get("include_other_countries"):
        add(_("Other countries"), _("Also shown, after the countries you chose"))
    add(_("Sectors"), ", ".join(vocab.label(vocab.SECTORS, c) for c in data.get("sectors", [])))
    add(_("Words"), data.get("keywords"))
    if data.get("eqf_level"):
        add(_("EQF level"), str(data["eqf_level"]))
    add(
        _("Languages"),
        ", ".join(f"{vocab.label(vocab.LANGUAGES, c)} {level}" for c, level in (data.get("languages") or {}).items()),
    )
    if data.get("available_from"):
        add(_("Free from"), formats.date_format(data["available_from"], "DATE_FORMAT"))
    if data.get("max_weeks"):
        add(_("Weeks at most"), str(data["max_weeks"]))
    if data.get("age"):
        add(_("Age"), str(data["age"]))
    add(_("Support needed"), ", ".join(vocab.label(vocab.SUPPORT, c) for c in data.get("support_needs", [])))
    add(_("Matters most"), ", ".join(str(label) for code, label in CRITERIA_CHOICES if code in data.get("weights", [])))
    return lines


def _error_links(form):
    """The error summary's entries, each linking to the first control of its field."""
    links = []
    for field in form:
        for error in field.errors:
            if field.name == "languages":
                anchor = "id_languages_1"
            elif field.field.widget.use_fieldset:
                anchor = f"{field.auto_id}_0"
            else:
                anchor = field.auto_id
            links.append({"anchor": anchor, "label": field.label, "message": error})
    return links


def _answers(data):
    """The answers as hidden fields for "Change your answers": they travel back in the POST body only."""
    names = [name for name in MatchForm.base_fields if name in data] + (
        ["language_levels"] if "language_levels" in data else []
    )
    return [(name, value) for name in names for value in data.getlist(name)[:MAX_ECHOED]]


@never_cache
@require_http_methods(["GET", "POST"])
def match(request):
    """GET: the form. POST: the results; POST with ``edit``: the form again, filled in."""
    locale = Locale.get_active()
    context = {"submitted": False, "rate_limited": False}
    status = 200
    show_errors = False
    if request.method == "POST":
        form = MatchForm(request.POST)
        if is_rate_limited(request, "match", *RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        elif "edit" in request.POST:
            pass  # back to the filled-in form
        elif form.is_valid():
            answer = find_matches(form.profile(), locale, request)
            usage.record("match", results=len(answer.outcome.results))
            context.update(
                submitted=True,
                results=[render_result(result) for result in answer.outcome.results],
                other_countries=[render_result(result) for result in answer.outcome.other_countries],
                near_misses=[render_result(result) for result in answer.outcome.near_misses],
                order_sentence=order_sentence(),
                chose_countries=bool(form.cleaned_data.get("destination_countries")),
                summary=_summary(form),
                answers=_answers(request.POST),
            )
            return no_store(TemplateResponse(request, TEMPLATE, context, status=status))
        else:
            show_errors = True
    else:
        form = MatchForm(initial=prefill_from_query(request.GET))
    form.fields["destination_countries"].widget.choices = _country_options(form, locale)
    context.update(
        form=form,
        error_links=_error_links(form) if show_errors else [],
        language_rows=form.language_rows(),
        language_choices=sorted(vocab.LANGUAGES, key=lambda choice: str(choice[1])),
        level_choices=vocab.CEFR_LEVELS,
    )
    return no_store(TemplateResponse(request, TEMPLATE, context, status=status))
