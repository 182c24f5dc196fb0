"""``POST /api/match/``: the matching form's JSON twin.

Request: a JSON object with the form's keys (``destination_countries``,
``sectors``, ``keywords``, ``eqf_level``, ``languages`` as ["de:B1"],
``available_from``, ``max_weeks``, ``age``, ``support_needs``, ``weights`` as a
list of criteria that matter most or as ``{criterion: 0..10}``) and optionally
``locale``. Every key is optional; unknown keys are an error.

Answer: ``{"results": [...], "near_misses": [...], "meta": {...}}``; each item
``{score, reasons, missing, opportunity: {id, title, url, country, sector,
application_deadline}}`` (near misses add ``failed``). Texts are in the language
of ``locale``, else of Accept-Language, else English; results are that
language's opportunities.

It changes nothing, so it takes no CSRF token; no CORS header (same-origin
only by default). Malformed JSON or values: 400 ``{"errors": [...]}``. Rate
limited per client (429). Every answer is ``Cache-Control: no-store``; the body
is neither stored nor logged.
"""

import json

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse, QueryDict
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from home.ratelimit import is_rate_limited

from . import engine
from .forms import MatchForm
from .messages import render_result
from .service import find_matches

RATE_LIMIT = (30, 60)
LIST_FIELDS = ("destination_countries", "sectors", "languages", "support_needs")
NUMBER_FIELDS = ("eqf_level", "max_weeks", "age")
TEXT_FIELDS = ("keywords", "available_from")
KNOWN = set(LIST_FIELDS) | set(NUMBER_FIELDS) | set(TEXT_FIELDS) | {"weights", "locale"}


class BadRequest(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def _error(field, message):
    return {"field": field, "message": str(message)}


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def _language(request, data):
    """``locale`` key, else Accept-Language (or the language cookie), else English."""
    configured = [code for code, _name in settings.LANGUAGES]
    requested = data.get("locale")
    if requested is not None:
        if not isinstance(requested, str) or requested.strip().lower() not in configured:
            message = translation.gettext("Unknown locale; use one of %(codes)s.") % {"codes": ", ".join(configured)}
            raise BadRequest([_error("locale", message)])
        return requested.strip().lower()
    language = translation.get_language_from_request(request)
    return language if language in configured else settings.LANGUAGE_CODE


def _form_data(data):
    """The JSON object as the form's QueryDict, rejecting wrong types; plus explicit weights or None."""
    errors = []
    unknown = sorted(set(data) - KNOWN)
    for key in unknown:
        errors.append(_error(str(key)[:40], translation.gettext("Unknown field.")))
    query = QueryDict(mutable=True)
    for name in LIST_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            errors.append(_error(name, translation.gettext("Give a list of texts.")))
            continue
        query.setlist(name, value)
    for name in NUMBER_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | str):
            errors.append(_error(name, translation.gettext("Give a whole number.")))
            continue
        query[name] = str(value)
    for name in TEXT_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if name == "keywords" and isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = " ".join(value)
        if not isinstance(value, str):
            errors.append(_error(name, translation.gettext("Give a text.")))
            continue
        query[name] = value
    weights = None
    value = data.get("weights")
    if isinstance(value, dict):
        weights = {}
        for key, number in value.items():
            if key not in engine.CRITERIA:
                errors.append(_error("weights", translation.gettext("Unknown criterion “%s”.") % str(key)[:40]))
            elif (
                isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number <= engine.MAX_WEIGHT
            ):
                errors.append(
                    _error(
                        "weights",
                        translation.gettext("Each weight is a number from 0 to %s.") % f"{engine.MAX_WEIGHT:g}",
                    )
                )
            else:
                weights[key] = float(number)
    elif isinstance(value, list | str):
        query.setlist("weights", [value] if isinstance(value, str) else value)
        if not all(isinstance(item, str) for item in query.getlist("weights")):
            errors.append(_error("weights", translation.gettext("Give a list of criteria or an object of weights.")))
    elif value is not None:
        errors.append(_error("weights", translation.gettext("Give a list of criteria or an object of weights.")))
    if errors:
        raise BadRequest(errors)
    return query, weights


def _item(result, near_miss=False):
    rendered = render_result(result)
    opportunity = rendered["opportunity"]
    item = {
        "score": rendered["score"],
        "reasons": rendered["reasons"],
        "missing": rendered["missing"],
        "opportunity": {
            "id": opportunity["id"],
            "title": opportunity["title"],
            "url": opportunity["url"],
            "country": opportunity["country"],
            "sector": opportunity["sector"],
            "application_deadline": opportunity["application_deadline"].isoformat(),
        },
    }
    if near_miss:
        item["failed"] = rendered["failed"]
    return item


@csrf_exempt
@never_cache
def match(request):
    if request.method != "POST":
        response = _json({"errors": [_error("", translation.gettext("Use POST with a JSON object."))]}, status=405)
        response["Allow"] = "POST"
        return response
    if is_rate_limited(request, "match-api", *RATE_LIMIT):
        response = _json(
            {"errors": [_error("", translation.gettext("Too many requests; try again in a minute."))]}, status=429
        )
        response["Retry-After"] = str(RATE_LIMIT[1])
        return response
    try:
        body = request.body
        data = json.loads(body or b"null")
    except RequestDataTooBig:
        return _json({"errors": [_error("", translation.gettext("The request is too large."))]}, status=400)
    except (ValueError, UnicodeDecodeError):
        return _json({"errors": [_error("", translation.gettext("The body is not valid JSON."))]}, status=400)
    if not isinstance(data, dict):
        return _json({"errors": [_error("", translation.gettext("Send a JSON object."))]}, status=400)
    try:
        language = _language(request, data)
        with translation.override(language):
            query, weights = _form_data(data)
            form = MatchForm(query)
            if not form.is_valid():
                errors = [_error(name, message) for name, messages in form.errors.items() for message in messages]
                return _json({"errors": errors}, status=400)
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None:
                return _json({"results": [], "near_misses": [], "meta": {"locale": language}})
            answer = find_matches(form.profile(weights=weights), locale, request)
            return _json(
                {
                    "results": [_item(result) for result in answer.outcome.results],
                    "near_misses": [_item(result, near_miss=True) for result in answer.outcome.near_misses],
                    "meta": {
                        "locale": language,
                        "candidates_scored": answer.candidates_scored,
                        "exact": answer.exact,
                    },
                }
            )
    except BadRequest as error:
        return _json({"errors": error.errors}, status=400)
