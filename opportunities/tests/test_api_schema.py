"""The public API as its OpenAPI document describes it (``/api/schema/``, ``pathway.openapi``).

The document's structure is checked by hand (``openapi-spec-validator`` is not installed), every
schema in it is a valid JSON Schema (2020-12, OpenAPI 3.1's dialect), and real answers of the
three operations are validated against the document's own schemas, ``$ref``s resolved within it.
"""

import datetime
import json
import re

import jsonschema
import pytest
from django.http import QueryDict
from django.test import override_settings
from django.utils import timezone
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from home.locales import sync_trees
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

API = "/api/v2/opportunities/"
OPERATIONS = {
    ("/api/v2/opportunities/", "get"),
    ("/api/v2/opportunities/{id}/", "get"),
    ("/api/match/", "post"),
}
DOCUMENT_URI = "https://vetpathway.example/api/schema/"


@pytest.fixture
def document(client, home_page):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def validator(document, schema):
    """A validator of ``schema`` (a part of ``document``) that resolves ``#/components/...`` in ``document``."""
    root = dict(document, **{"$id": DOCUMENT_URI})
    return jsonschema.Draft202012Validator(root).evolve(schema=schema)


def response_schema(document, path, method, status):
    return document["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]


def conforms(document, path, method, response):
    assert response["Content-Type"].startswith("application/json")
    schema = response_schema(document, path, method, response.status_code)
    validator(document, schema).validate(response.json())


@pytest.fixture
def placements(sections):
    today = timezone.localdate()
    return [
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Hotel kitchen in Berlin",
            country="DE",
            application_deadline=today + datetime.timedelta(days=12),
            age_min=17,
            age_max=25,
            rows__languages=[("de", "A2"), ("en", "B1")],
            rows__supports=["accompanying_person", "preparatory_visit"],
        ),
        OpportunityPageFactory(
            parent=sections["ES"],
            title="Hotel reception in Valencia",
            country="ES",
            application_deadline=today + datetime.timedelta(days=20),
        ),
        OpportunityPageFactory(
            parent=sections["IT"],
            title="Vineyard in Tuscany",
            country="IT",
            application_deadline=today + datetime.timedelta(days=30),
        ),
    ]


# --- The document ----------------------------------------------------------------------------


def test_the_document_is_an_openapi_3_document_of_the_three_operations(document):
    assert re.fullmatch(r"3\.1\.\d+", document["openapi"])
    assert document["info"]["title"] and document["info"]["version"]
    assert {(path, method) for path, item in document["paths"].items() for method in item} == OPERATIONS
    operation_ids = [operation["operationId"] for item in document["paths"].values() for operation in item.values()]
    assert len(set(operation_ids)) == len(operation_ids) == 3
    for path, item in document["paths"].items():
        assert path.startswith("/api/") and path.endswith("/")
        for operation in item.values():
            assert operation["responses"] and all(re.fullmatch(r"[1-5]\d\d", code) for code in operation["responses"])
            for response in operation["responses"].values():
                assert response["description"]
            for parameter in operation.get("parameters", []):
                assert parameter["in"] in ("query", "path") and parameter["name"] and "schema" in parameter
                if parameter["in"] == "path":
                    assert parameter["required"] is True and f"{{{parameter['name']}}}" in path


def test_every_schema_is_valid_and_every_reference_resolves(document):
    for name, schema in document["components"]["schemas"].items():
        jsonschema.Draft202012Validator.check_schema(schema), name
    text = json.dumps(document)
    references = set(re.findall(r'"\$ref": "([^"]+)"', text))
    assert references
    registry = Registry().with_resource(
        DOCUMENT_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    resolver = registry.resolver(base_uri=DOCUMENT_URI)
    for reference in references:
        assert reference.startswith("#/components/schemas/"), reference
        resolver.lookup(reference)  # raises when it does not resolve


def test_the_listing_parameters_are_the_listings_facets_plus_paging(document):
    from opportunities.filters import LISTING

    parameters = {p["name"]: p for p in document["paths"][API]["get"]["parameters"]}
    assert set(parameters) == {"locale", "q", "open", "sort", "page", "limit", "offset", *LISTING.names}
    assert (
        parameters["limit"]["schema"].items()
        >= {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}.items()
    )
    assert parameters["offset"]["schema"]["minimum"] == 0
    assert parameters["country"]["schema"]["type"] == "array"  # repeatable


def test_the_match_request_is_the_matching_apps_own_schema(document):
    from opportunities.matching.api import json_schema

    operation = document["paths"]["/api/match/"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/MatchRequest"}
    embedded = document["components"]["schemas"]["MatchRequest"]
    source = json_schema("request")
    assert embedded["properties"].keys() == source["properties"].keys()
    assert embedded["additionalProperties"] is False
    request = {"destination_countries": ["DE"], "languages": ["de:B1"], "weights": {"sector": 5}}
    validator(document, body).validate(request)
    with pytest.raises(jsonschema.ValidationError):
        validator(document, body).validate({"unknown": 1})
    with pytest.raises(jsonschema.ValidationError):
        validator(document, body).validate({"sectors": [1]})  # through the rewritten $defs reference


# --- Every answer matches its schema ---------------------------------------------------------


def test_listing_answers_match_the_document(client, document, placements):
    for query in ("", "?country=DE,ES&support=accompanying_person", "?limit=1&offset=2", "?page=2&limit=2", "?open=0"):
        response = client.get(API + query)
        assert response.status_code == 200
        conforms(document, API, "get", response)
    for query in ("?limit=abc", "?offset=-1", "?limit=100000", "?page=1&offset=0"):
        response = client.get(API + query)
        assert response.status_code == 400, query
        conforms(document, API, "get", response)


def test_detail_answers_match_the_document(client, document, placements):
    path = "/api/v2/opportunities/{id}/"
    response = client.get(f"{API}{placements[0].pk}/")
    assert response.status_code == 200
    conforms(document, path, "get", response)
    for bad, status in (("999999", 404), ("abc", 400), ("0", 400), ("99999999999999999999", 400)):
        response = client.get(f"{API}{bad}/")
        assert response.status_code == status, bad
        conforms(document, path, "get", response)


@override_settings(PATHWAY_RATELIMIT_ENABLED=False)
def test_match_answers_match_the_document(client, document, placements):
    path = "/api/match/"
    for body, status in (({"destination_countries": ["DE"], "age": 18}, 200), ({"age": "old"}, 400), ({"x": 1}, 400)):
        response = client.post(path, json.dumps(body), content_type="application/json")
        assert response.status_code == status
        conforms(document, path, "post", response)


# --- Detail ------------------------------------------------------------------------------------


def test_detail_is_one_live_public_placement_with_the_new_fields(client, placements):
    page = placements[0]
    response = client.get(f"{API}{page.pk}/")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    item = response.json()
    listed = client.get(API + "?country=DE").json()["items"][0]
    assert item == listed
    assert item["title"] == "Hotel kitchen in Berlin"
    assert (item["age_min"], item["age_max"]) == (17, 25)
    assert item["support"] == [
        {"code": "accompanying_person", "label": "Accompanying person"},
        {"code": "preparatory_visit", "label": "Preparatory visit"},
    ]
    assert item["languages"] == [
        {"code": "de", "label": "German", "min_level": "A2"},
        {"code": "en", "label": "English", "min_level": "B1"},
    ]
    assert item["meta"]["is_alias"] is False and item["meta"]["source_locale"] is None


def test_detail_404_for_unknown_unpublished_private_and_other_page_ids(client, placements, home_page, sections):
    draft = placements[1]
    draft.unpublish()
    private = placements[2]
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    for page_id in (draft.pk, private.pk, home_page.pk, sections["DE"].pk, 10**6):
        response = client.get(f"{API}{page_id}/")
        assert response.status_code == 404, page_id
        assert response.json() == {"errors": [{"field": "id", "message": "No live placement has this id."}]}
        assert response["Access-Control-Allow-Origin"] == "*"


def test_detail_refuses_ids_that_are_not_ids_with_400(client, home_page):
    for bad in ("abc", "-1", "0", "1.5", "99999999999999999999"):
        response = client.get(f"{API}{bad}/")
        assert response.status_code == 400, bad
        assert response.json()["errors"][0]["field"] == "id"


# --- limit and offset ----------------------------------------------------------------------------


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_limit_and_offset(client, placements):
    everything = titles(client.get(API))
    assert everything == ["Hotel kitchen in Berlin", "Hotel reception in Valencia", "Vineyard in Tuscany"]
    assert titles(client.get(API, {"limit": 2})) == everything[:2]
    assert titles(client.get(API, {"limit": 2, "offset": 1})) == everything[1:]
    assert titles(client.get(API, {"offset": 3})) == []  # past the end: empty, not the last page
    meta = client.get(API, {"limit": 2, "offset": 1}).json()["meta"]
    assert meta.items() >= {"total_count": 3, "limit": 2, "offset": 1, "page": 1, "num_pages": 2}.items()
    meta = client.get(API, {"limit": 2, "page": 2}).json()["meta"]  # page counts pages of limit items
    assert meta.items() >= {"total_count": 3, "limit": 2, "offset": 2, "page": 2, "num_pages": 2}.items()
    assert titles(client.get(API, {"limit": 2, "page": 2})) == everything[2:]
    assert titles(client.get(API, {"limit": 2, "page": 9})) == everything[2:]  # past the end: the last page
    defaults = client.get(API).json()["meta"]
    assert defaults.items() >= {"limit": 20, "offset": 0, "page": 1, "num_pages": 1}.items()


def test_more_than_a_page_by_default(client, sections):
    for _ in range(21):
        OpportunityPageFactory(parent=sections["DE"])
    assert len(titles(client.get(API))) == 20
    assert len(titles(client.get(API, {"limit": 100}))) == 21
    assert len(titles(client.get(API, {"offset": 20}))) == 1


@pytest.mark.parametrize(
    "query, field",
    [
        ("limit=abc", "limit"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=100000", "limit"),
        ("limit=1.5", "limit"),
        ("offset=-1", "offset"),
        ("offset=x", "offset"),
        ("offset=99999999999999999999999", "offset"),
        ("page=2&offset=0", "offset"),
    ],
)
def test_bad_paging_is_a_400_with_a_clear_message(client, home_page, query, field):
    response = client.get(f"{API}?{query}")
    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"
    (error,) = response.json()["errors"]
    assert error["field"] == field
    assert error["message"].startswith("Give ")


def test_an_empty_page_or_offset_is_not_given(client, placements):
    assert len(titles(client.get(f"{API}?page=&offset=1"))) == 2
    assert len(titles(client.get(f"{API}?page=2&offset="))) == 3


def test_query_count_does_not_depend_on_limit(client, sections, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(6):
        OpportunityPageFactory(
            parent=sections["DE"], rows__supports=["accompanying_person"], rows__languages=[("de", "B1")]
        )
    client.get(API)
    with CaptureQueriesContext(connection) as small:
        client.get(API, {"limit": 1})
    with CaptureQueriesContext(connection) as large:
        client.get(API, {"limit": 100, "offset": 0})
    assert len(large) == len(small)


# --- Aliases ------------------------------------------------------------------------------------


def test_aliases_are_listed_as_before_and_flagged_with_their_source_locale(
    client, placements, translate, home_page, opportunity_index, sections
):
    translate(home_page, "de", {"Home": "Startseite"})
    sync_trees()
    german = OpportunityPage.objects.filter(locale__language_code="de")
    OpportunityPage.objects.filter(translation_key=placements[0].translation_key, locale__language_code="de").delete()
    translate(placements[0], "de", {"Hotel kitchen in Berlin": "Hotelküche in Berlin"})
    data = client.get(API, {"locale": "de"}).json()
    # The same set as the German listing shows: every live German page, translated or alias.
    assert sorted(item["id"] for item in data["items"]) == sorted(german.live().values_list("pk", flat=True))
    by_title = {item["title"]: item for item in data["items"]}
    assert (
        by_title["Hotelküche in Berlin"]["meta"].items()
        >= {"is_alias": False, "source_locale": None, "locale": "de"}.items()
    )
    alias = by_title["Hotel reception in Valencia"]
    assert alias["meta"].items() >= {"is_alias": True, "source_locale": "en", "locale": "de"}.items()
    assert alias["country_label"] == "Spanien"  # labels in the answer's language, texts in the source's
    detail = client.get(f"{API}{alias['id']}/").json()
    assert detail == alias
    assert detail["id"] != placements[1].pk


def test_the_answer_is_utf8_as_is(client, placements, translate, home_page, opportunity_index, sections):
    translate(home_page, "de")
    translate(opportunity_index, "de")
    translate(sections["DE"], "de")
    page = translate(placements[0], "de", {"Hotel kitchen in Berlin": "Hotelküche in Berlin"})
    assert "Hotelküche".encode() in client.get(f"{API}{page.pk}/").content
    assert "Hotelküche".encode() in client.get(API, {"locale": "de"}).content


# --- The page cache ------------------------------------------------------------------------------


def test_the_page_cache_keys_on_limit_and_offset():
    from pathway.page_cache import normalised_query

    assert normalised_query(API, QueryDict("limit=5&offset=10")) == "limit=5&offset=10"
