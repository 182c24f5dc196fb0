"""The public placements API: ``GET /api/v2/opportunities/`` and ``GET /api/v2/opportunities/<id>/``.

Why django-ninja. Wagtail 8 builds its own v3 API on django-ninja (routers,
pydantic schemas, limit/offset pagination that answers 400 over the maximum),
so the operations are declared the same way here: each answer's shape is a
pydantic schema that ninja both documents (OpenAPI 3.1, assembled with the
matching API by ``pathway.openapi`` at ``/api/schema/``) and checks every
answer against, so the document cannot drift from what is served. The query
parameters are declared too, and ninja refuses a malformed ``limit``,
``offset`` or ``id`` before the view runs. What the plain view did is kept:

* the filters are the listing's facets (``opportunities.filters.LISTING``,
  declared once; the query model below is derived from them), read from the raw
  query string, so repeated and comma-separated values work as on the listing
  page, and unknown codes, an unknown ``sort`` or ``locale`` are ignored with
  a note, never an error; ``page`` stays as lenient as the listing's (a
  malformed number is the first page, one past the end the last);
* answers are UTF-8 as is (``ensure_ascii`` off) and carry
  ``Access-Control-Allow-Origin: *`` (errors too, so a browser client can read
  them); the anonymous page cache (``pathway.page_cache``) sits in front as
  before, and database faults still reach ``pathway.middleware`` (its JSON 503),
  since ninja's catch-all handler is replaced by one that re-raises.

Wagtail's stock v2 pages endpoint was not an option (it reserves ``type``, reads
one value per parameter and refuses unknown ones). Errors use the matching
API's shape, ``{"errors": [{"field", "message"}]}`` (400 and 404), rather than
ninja's 422 or Wagtail v3's problem+json: one error shape for the whole public
API.

Pagination: ``limit`` (1 to 100, default 20) is the page size; give either
``page`` (1-based) or ``offset`` (items to skip), not both (400). ``meta``
always states ``limit``, ``offset``, ``page`` (the page holding the first item)
and ``num_pages``.
"""

import datetime
import math
from typing import Annotated, Literal

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Path, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from ninja.renderers import JSONRenderer
from pydantic import BeforeValidator, WithJsonSchema, create_model
from wagtail.models import Locale

from home import vocabularies as vocab
from home.filtering import count_results, paginate
from home.public_urls import page_url

from .filters import LISTING
from .models import OpportunityPage

API_PAGE_SIZE = 20
MAX_LIMIT = 100
MAX_OFFSET = 2**31 - 1  # beyond any listing; keeps the SQL OFFSET in range on every database
MAX_ID = 2**31 - 1  # Wagtail's page ids are 32-bit integers
PAGE_TYPE = "opportunities.OpportunityPage"


# --- Answers --------------------------------------------------------------------------------


class Code(Schema):
    code: str
    label: str = Field(description="The code's label in the answer's language.")


class LanguageRequirement(Code):
    min_level: str = Field(description="The lowest CEFR level asked for (A1 to C2).", examples=["B1"])


class Range(Schema):
    min: int
    max: int


class ItemMeta(Schema):
    type: Literal["opportunities.OpportunityPage"]
    html_url: str | None = Field(description="The placement's public page (null if it cannot be reached).")
    locale: str = Field(description="The language of this page of the placement (its tree).", examples=["de"])
    translation_key: str = Field(description="The same for the placement in every language.")
    is_alias: bool = Field(
        description="True for an untranslated page: an alias showing its source page, whose texts are in the "
        "source's language (source_locale); codes and labels are in the locale's."
    )
    source_locale: str | None = Field(
        description="For an alias, the language of its source page (and so of its texts); else null.",
        examples=["en"],
    )


class Item(Schema):
    id: int
    title: str
    summary: str
    meta: ItemMeta
    country: str = Field(description="ISO 3166-1 alpha-2.", examples=["DE"])
    country_label: str
    city: str
    sector: str = Field(description="NACE section letter.", examples=["I"])
    sector_label: str
    nace_revision: str
    type: str = Field(examples=["work_placement"])
    type_label: str
    eqf_min: int
    eqf_max: int
    duration_weeks: Range
    age_min: int = Field(description="The youngest trainee accepted, in years.")
    age_max: int = Field(description="The oldest trainee accepted, in years.")
    support: list[Code] = Field(description="The support offered (accompanying_person, ...).")
    languages: list[LanguageRequirement] = Field(description="The working languages and the level each needs.")
    application_deadline: datetime.date
    is_open: bool = Field(description="The deadline has not passed.")


class ListingMeta(Schema):
    total_count: int = Field(description="Placements matching the filters, on every page.")
    page: int = Field(description="The page (of limit items) holding the first item.")
    num_pages: int
    limit: int
    offset: int = Field(description="Items skipped before the first one.")
    locale: str
    notes: list[str] = Field(description="What was ignored in the request (unknown codes, sort or locale).")


class Listing(Schema):
    meta: ListingMeta
    items: list[Item]


class Error(Schema):
    field: str = Field(description="The parameter at fault (empty: the request as a whole).")
    message: str


class Errors(Schema):
    errors: list[Error]


# --- The request ----------------------------------------------------------------------------


def _lenient_page(value):
    """``page`` as the listing page reads it: never an error (``paginate`` reads the raw value)."""
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _blank_is_absent(value):
    """``?offset=`` is no offset, as an empty filter is no filter."""
    return None if isinstance(value, str) and not value.strip() else value


def _blank_is_default(value):
    return API_PAGE_SIZE if isinstance(value, str) and not value.strip() else value


def _unset(json_schema):
    """No ``"default": null`` in the document: a query parameter is never null, only absent."""
    json_schema.pop("default", None)


def _optional(**kwargs):
    return Field(None, json_schema_extra=_unset, **kwargs)


class ListingParams(Schema):
    locale: str = _optional(
        description="The language of the placements and labels (en, de, es, it, pl, fr); default en. An unknown "
        "one is ignored with a note.",
        examples=["de"],
    )
    q: str = _optional(description="Words to look for.")
    open: str = _optional(description="1 (default): only placements still open; 0: closed ones too.")
    sort: str = _optional(description="deadline (default), newest or title; another value is ignored with a note.")
    page: Annotated[int | None, BeforeValidator(_lenient_page), WithJsonSchema({"type": "integer", "minimum": 1})] = (
        _optional(
            description="The page (of limit items), from 1: a malformed number is the first page, one past the end "
            "the last. Not with offset."
        )
    )
    limit: Annotated[int, BeforeValidator(_blank_is_default)] = Field(
        API_PAGE_SIZE, ge=1, le=MAX_LIMIT, description="Items per answer (the page size)."
    )
    offset: Annotated[
        int | None,
        BeforeValidator(_blank_is_absent),
        WithJsonSchema({"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}),
    ] = _optional(ge=0, le=MAX_OFFSET, description="Items to skip. Not with page.")


def _filter_field(facet):
    with translation.override("en"):
        legend = str(facet.legend)
    description = f"{legend}: codes, repeated or comma-separated (any of them); an unknown code is ignored with a note."
    return (list[str], Field(default_factory=list, description=description))


# The facets, declared once in opportunities.filters, as query parameters.
ListingQuery = create_model(
    "ListingQuery", __base__=ListingParams, **{facet.name: _filter_field(facet) for facet in LISTING.facets}
)


# --- Operations -----------------------------------------------------------------------------


def serialise(item, request):
    """One placement as the API shows it; call with the answer's language active."""
    return {
        "id": item.pk,
        "title": item.title,
        "summary": item.summary,
        "meta": {
            "type": PAGE_TYPE,
            "html_url": page_url(item, request),
            "locale": item.locale.language_code,
            "translation_key": str(item.translation_key),
            "is_alias": item.alias_of_id is not None,
            "source_locale": item.alias_of.locale.language_code if item.alias_of_id else None,
        },
        "country": item.country,
        "country_label": vocab.label(vocab.COUNTRIES, item.country),
        "city": item.city,
        "sector": item.sector,
        "sector_label": vocab.label(vocab.SECTORS, item.sector),
        "nace_revision": item.nace_revision,
        "type": item.opportunity_type,
        "type_label": vocab.label(vocab.OPPORTUNITY_TYPES, item.opportunity_type),
        "eqf_min": item.eqf_min,
        "eqf_max": item.eqf_max,
        "duration_weeks": {"min": item.duration_min_weeks, "max": item.duration_max_weeks},
        "age_min": item.age_min,
        "age_max": item.age_max,
        "support": [
            {"code": row.support, "label": vocab.label(vocab.SUPPORT, row.support)} for row in item.supports.all()
        ],
        "languages": [
            {"code": row.language, "label": vocab.label(vocab.LANGUAGES, row.language), "min_level": row.min_level}
            for row in item.languages.all()
        ],
        "application_deadline": item.application_deadline,
        "is_open": item.is_open,
    }


def _placements(queryset):
    """What ``serialise`` reads, in a number of queries that does not grow with the page."""
    return (
        queryset.select_related("locale", "alias_of__locale")
        .prefetch_related("supports", "languages")
        .defer_streamfields()
    )


def _given(request, name):
    return any(value.strip() for value in request.GET.getlist(name))


router = Router(tags=["opportunities"])


@router.get(
    "/",
    response={200: Listing, 400: Errors},
    url_name="api",
    operation_id="listOpportunities",
    summary="Placements of one language, filtered as on the listing page",
)
def opportunities(request, params: Query[ListingQuery]):
    """The live public placements of one language (translations and aliases of untranslated ones), in the
    listing's order, filtered by the listing's facets. By default only open placements, by deadline."""
    if _given(request, "page") and _given(request, "offset"):
        raise BadRequest("offset", _("Give either page or offset, not both."))
    notes = []
    language = (params.locale or settings.LANGUAGE_CODE).strip().lower()
    configured = {code for code, _name in settings.LANGUAGES}  # never a raw value (NUL bytes) in a query
    locale = Locale.objects.filter(language_code=language).first() if language in configured else None
    if locale is None:
        notes.append(f"Unknown locale '{language[:20]}' was ignored.")
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    with translation.override(locale.language_code):
        faceted = LISTING.run(request.GET, OpportunityPage.objects.live().public().filter(locale=locale))
        results = _placements(faceted.results)
        if params.offset is None:
            page_obj = paginate(request, results, params.limit)
            total, items = page_obj.paginator.count, list(page_obj.object_list)
            offset = page_obj.start_index() - 1 if total else 0
        else:
            total, offset = count_results(results), params.offset
            items = list(results[offset : offset + params.limit]) if offset < total else []
        return {
            "meta": {
                "total_count": total,
                "page": offset // params.limit + 1,
                "num_pages": max(1, math.ceil(total / params.limit)),
                "limit": params.limit,
                "offset": offset,
                "locale": locale.language_code,
                "notes": [str(note) for note in faceted.notes] + notes,
            },
            "items": [serialise(item, request) for item in items],
        }


@router.get(
    "/{id}/",
    response={200: Item, 400: Errors, 404: Errors},
    url_name="api_detail",
    operation_id="getOpportunity",
    summary="One placement",
)
def opportunity(request, id: Annotated[int, Path(ge=1, le=MAX_ID, description="The placement's page id.")]):  # noqa: A002
    """One live public placement, in the language of its page (``meta.locale``); an alias is flagged
    (``meta.is_alias``) and its texts are in ``meta.source_locale``. 404 for any other id."""
    item = _placements(OpportunityPage.objects.live().public().filter(pk=id)).first()
    if item is None:
        raise Http404
    with translation.override(item.locale.language_code):
        return serialise(item, request)


# --- The API: its answers and errors --------------------------------------------------------


class BadRequest(Exception):
    def __init__(self, field, message):
        super().__init__(message)
        self.field, self.message = field, message


class UnescapedJSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


class PublicAPI(NinjaAPI):
    """Ninja answering as the site's other JSON does: UTF-8 as is, readable from any origin."""

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(request, data, status=status, temporal_response=temporal_response)
        response["Access-Control-Allow-Origin"] = "*"
        return response


def _messages():
    """What each parameter takes, for the 400 answer."""
    return {
        "limit": _("Give a whole number from %(min)s to %(max)s.") % {"min": 1, "max": MAX_LIMIT},
        "offset": _("Give a whole number from %(min)s to %(max)s.") % {"min": 0, "max": MAX_OFFSET},
        "id": _("Give a whole number from %(min)s to %(max)s.") % {"min": 1, "max": MAX_ID},
    }


def _errors(request, errors, status):
    return api.create_response(request, {"errors": errors}, status=status)


def _invalid(request, exc):
    messages = _messages()
    errors, seen = [], set()
    for error in exc.errors:
        field = str(error.get("loc", ("",))[-1])
        if field not in seen:
            seen.add(field)
            errors.append({"field": field, "message": messages.get(field, _("This value is not valid."))})
    return _errors(request, errors, 400)


def _bad_request(request, exc):
    return _errors(request, [{"field": exc.field, "message": exc.message}], 400)


def _not_found(request, exc):
    # LocaleMiddleware answers a 404 outside the language prefix with a redirect to /<lang>/<path>
    # (Wagtail serves every path there); an API's 404 is an answer, so that check is made against
    # this app's API URLs alone, which use no language prefix.
    request.urlconf = "opportunities.urls"
    return _errors(request, [{"field": "id", "message": _("No live placement has this id.")}], 404)


def _http_error(request, exc):
    return _errors(request, [{"field": "", "message": str(exc)}], exc.status_code)


def _reraise(request, exc):
    """Leave other exceptions to Django (a database fault becomes the site's JSON 503), even with DEBUG."""
    raise exc


api = PublicAPI(
    title="VET Pathway public API",
    version="2",
    description="Placements abroad for vocational trainees, and the matching of a trainee's profile against them.",
    urls_namespace="opportunities_api",
    openapi_url=None,
    docs_url=None,
    renderer=UnescapedJSONRenderer(),
)
api.add_router("/v2/opportunities/", router)
api.add_exception_handler(ValidationError, _invalid)
api.add_exception_handler(BadRequest, _bad_request)
api.add_exception_handler(Http404, _not_found)
api.add_exception_handler(HttpError, _http_error)
api.add_exception_handler(Exception, _reraise)
