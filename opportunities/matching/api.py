"""``POST /api/match/``: the matching form's JSON twin.

Request: a JSON object with the form's field names and value shapes
(``destination_countries``, ``include_other_countries`` as a boolean or the
form's "on", ``sectors``, ``keywords``, ``eqf_level``, ``languages`` as
["de:B1"] or as language codes paired with ``language_levels`` as the form
sends them, ``available_from``, ``max_weeks``, ``age``, ``support_needs``,
``weights`` as a list of criteria that matter most or as ``{criterion:
0..10}``) and optionally ``locale``. Every key is optional; unknown keys are an
error. Schema: ``opportunities/matching/schema/request.json``.

Answer: ``{"results": [...], "other_countries": [...], "near_misses": [...],
"meta": {...}}`` in the page's order (see ``engine.rank``; scores never rise
from one item to the next); each item ``{score, reasons, missing,
opportunity: {id, title, url, country, sector, application_deadline}}`` (near
misses add ``failed``); ``meta`` holds ``order`` (the sentence explaining the
order) and ``threshold``. Texts are in the language of ``locale``, else of
Accept-Language, else English; results are that language's opportunities.
Schema: ``opportunities/matching/schema/response.json``. Both files are the
contract: ``json_schema()`` reads them for the OpenAPI document at
``/api/schema/`` (``pathway.openapi``), which embeds them rather than copying.

It changes nothing, so it takes no CSRF token; no CORS header (same-origin
only by default). Malformed JSON or values: 400 ``{"errors": [...]}``. Rate
limited per client (429). Every answer is ``Cache-Control: no-store``; the body
is neither stored nor logged.
"""

import copy
import functools
import json
import pathlib

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse, QueryDict
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from home import usage
from home.jsonbody import JsonBodyError, capped, echo
from home.jsonbody import parse as parse_json
from home.ratelimit import is_rate_limited

from . import engine
from .forms import MatchForm
from .messages import order_sentence, render_result
from .service import find_matches

RATE_LIMIT = (30, 60)
SCHEMA_DIR = pathlib.Path(__file__).resolve().parent / "schema"
LIST_FIELDS = ("destination_countries", "sectors", "languages", "language_levels", "support_needs")
NUMBER_FIELDS = ("eqf_level", "max_weeks", "age")
TEXT_FIELDS = ("keywords", "available_from")
BOOLEAN_FIELDS = ("include_other_countries",)
BOOLEAN_TEXTS = {"on": True, "true": True, "1": True, "": False, "false": False, "0": False}
KNOWN = set(LIST_FIELDS) | set(NUMBER_FIELDS) | set(TEXT_FIELDS) | set(BOOLEAN_FIELDS) | {"weights", "locale"}


@functools.cache
def _read_schema(name):
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def json_schema(name):
    """The JSON Schema (2020-12) of the request (``"request"``) or of the answer (``"response"``), a fresh copy."""
    if name not in ("request", "response"):
        raise ValueError(name)
    return copy.deepcopy(_read_schema(name))


class BadRequest(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def _error(field, message):
    """One error; what it repeats of the request is escaped (home.jsonbody.echo)."""
    return {"field": echo(field), "message": echo(message, limit=500)}


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
    for name in BOOLEAN_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value.strip().lower() in BOOLEAN_TEXTS:
            value = BOOLEAN_TEXTS[value.strip().lower()]
        if value is None or value is False:
            continue
        if value is not True:
            errors.append(_error(name, translation.gettext("Give true or false.")))
            continue
        query[name] = "on"
    weights = None
    value = data.get("weights")
    if isinstance(value, dict):
        weights = {}
        for key, number in value.items():
            if key not in engine.CRITERIA:
                errors.append(_error("weights", translation.gettext("Unknown criterion “%s”.") % echo(key)))
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
        data = parse_json(request.body)  # size and depth limits, no lone surrogates
    except RequestDataTooBig:
        return _json({"errors": [_error("", translation.gettext("The request is too large."))]}, status=400)
    except JsonBodyError as error:
        return _json({"errors": [_error("", error.message)]}, status=400)
    if not isinstance(data, dict):
        return _json({"errors": [_error("", translation.gettext("Send a JSON object."))]}, status=400)
    try:
        language = _language(request, data)
        with translation.override(language):
            query, weights = _form_data(data)
            form = MatchForm(query)
            if not form.is_valid():
                errors = [_error(name, message) for name, messages in form.errors.items() for message in messages]
                return _json({"errors": capped(errors)}, status=400)
            locale = Locale.objects.filter(language_code=language).first()
            meta = {"locale": language, "threshold": engine.MATCH_THRESHOLD, "order": order_sentence()}
            if locale is None:
                return _json({"results": [], "other_countries": [], "near_misses": [], "meta": meta})
            answer = find_matches(form.profile(weights=weights), locale, request)
            usage.record("match", results=len(answer.outcome.results))
            outcome = answer.outcome
            return _json(
                {
                    "results": [_item(result) for result in outcome.results],
                    "other_countries": [_item(result) for result in outcome.other_countries],
                    "near_misses": [_item(result, near_miss=True) for result in outcome.near_misses],
                    "meta": dict(meta, candidates_scored=answer.candidates_scored, exact=answer.exact),
                }
            )
    except BadRequest as error:
        return _json({"errors": capped(error.errors)}, status=400)
