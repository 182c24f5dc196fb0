"""POST /api/match/: the form's JSON twin; its 400s, language, privacy headers and rate limit."""

import json

import pytest

pytestmark = pytest.mark.django_db
URL = "/api/match/"


def post(client, data, **extra):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(URL, body, content_type="application/json", **extra)


def test_answers_results_and_near_misses(client, match_catalogue, example_trainee):
    response = post(client, example_trainee)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Access-Control-Allow-Origin" not in response
    data = response.json()
    assert set(data) == {"results", "other_countries", "near_misses", "meta"}
    titles = [item["opportunity"]["title"] for item in data["results"]]
    assert titles == ["Hotel reception in Valencia"]  # the farm is in Italy, not a chosen country
    assert data["other_countries"] == []
    first = data["results"][0]
    assert set(first) == {"score", "reasons", "missing", "opportunity"}
    assert set(first["opportunity"]) == {"id", "title", "url", "country", "sector", "application_deadline"}
    assert first["opportunity"]["id"] == match_catalogue["es_hotel"].pk
    assert first["opportunity"]["url"].startswith("http://localhost/en/opportunities/es/")
    assert first["opportunity"]["country"] == "ES" and first["opportunity"]["sector"] == "I"
    assert first["opportunity"]["application_deadline"] == match_catalogue["es_hotel"].application_deadline.isoformat()
    assert first["score"] == 100
    assert {"code": "destination", "text": "It is in Spain, a country you chose."} in first["reasons"]
    assert [item["failed"][0]["code"] for item in data["near_misses"]] == [
        "deadline",
        "language",
        "duration",
        "support",
    ]
    assert all(len(item["failed"]) == 1 for item in data["near_misses"])


def test_same_keys_and_values_as_the_form(client, match_catalogue, example_trainee):
    """Numbers may come as numbers, lists as comma-separated text, weights as criteria or numbers."""
    data = dict(example_trainee, age=19, max_weeks=12, destination_countries="de,es", weights=["sector"])
    assert (
        post(client, data).json()["results"]
        == post(client, example_trainee | {"weights": ["sector"]}).json()["results"]
    )
    weighted = post(client, dict(example_trainee, weights={"destination": 0, "sector": 0, "support": 1}))
    assert [item["score"] for item in weighted.json()["results"]] == [100]


def test_reasons_follow_locale_then_accept_language(client, match_catalogue, example_trainee, locales):
    from wagtail_localize.synctree import synchronize_tree

    synchronize_tree(locales["en"], locales["de"])
    english = post(client, example_trainee).json()
    german = post(client, dict(example_trainee, locale="de")).json()
    by_header = post(client, example_trainee, HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").json()
    assert german["meta"]["locale"] == by_header["meta"]["locale"] == "de"
    assert english["meta"]["locale"] == "en"
    assert "/de/opportunities/" in german["results"][0]["opportunity"]["url"]
    assert german == by_header
    assert post(client, dict(example_trainee, locale="en"), HTTP_ACCEPT_LANGUAGE="de").json() == english


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("{not json", ""),
        (b"\xff\xfe", ""),
        ("[1, 2]", ""),
        ('"text"', ""),
        ("", ""),
        ({"age": "nineteen"}, "age"),
        ({"age": True}, "age"),
        ({"age": 3.5}, "age"),
        ({"age": 120}, "age"),
        ({"eqf_level": 9}, "eqf_level"),
        ({"languages": ["de"]}, "languages"),
        ({"languages": ["de:B3"]}, "languages"),
        ({"languages": ["xx:B1"]}, "languages"),
        ({"languages": [1]}, "languages"),
        ({"languages": {"de": "B1"}}, "languages"),
        ({"destination_countries": ["ZZ"]}, "destination_countries"),
        ({"sectors": [["I"]]}, "sectors"),
        ({"support_needs": ["a_unicorn"]}, "support_needs"),
        ({"available_from": "tomorrow"}, "available_from"),
        ({"available_from": "9999-12-31"}, "available_from"),
        ({"max_weeks": 0}, "max_weeks"),
        ({"keywords": 5}, "keywords"),
        ({"weights": {"colour": 3}}, "weights"),
        ({"weights": {"sector": 11}}, "weights"),
        ({"weights": {"sector": "x"}}, "weights"),
        ({"weights": 3}, "weights"),
        ({"weights": ["colour"]}, "weights"),
        ({"locale": "xx"}, "locale"),
        ({"locale": 5}, "locale"),
        ({"surname": "Doe"}, "surname"),
    ],
)
def test_malformed_input_answers_400_with_errors(client, home_page, body, field):
    response = post(client, body)
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    errors = response.json()["errors"]
    assert errors and all(set(error) == {"field", "message"} and error["message"] for error in errors)
    assert field in [error["field"] for error in errors]


def test_errors_come_in_the_requested_language(client, home_page):
    response = post(client, {"age": "x", "locale": "de"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "age"


def test_no_csrf_token_needed_and_post_only(client, match_catalogue):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, "{}", content_type="application/json").status_code == 200
    response = client.get(URL)
    assert response.status_code == 405 and response["Allow"] == "POST"


def test_rate_limited(client, home_page):
    statuses = [post(client, {}).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    limited = post(client, {})
    assert limited.json()["errors"] and "no-store" in limited["Cache-Control"]


def test_query_count_is_flat(client, sections, locales, example_trainee, django_assert_num_queries):
    from bench import bulk

    bulk.load(40, locales["en"], log=lambda *a: None, index=False)
    profile = dict(example_trainee, languages=["en:B1", "de:B2", "es:B2"], support_needs=[])
    post(client, profile)  # warm the site-root cache
    # The locale; the candidates; the near misses; the result pages.
    with django_assert_num_queries(4):
        response = post(client, profile)
    assert response.status_code == 200 and response.json()["results"]


def test_every_criterion_may_matter_most(client, match_catalogue, example_trainee):
    """Found by schemathesis: "keywords" as what matters most was a 500."""
    from opportunities.matching.engine import CRITERIA

    response = post(client, {**example_trainee, "weights": list(CRITERIA)})
    assert response.status_code == 200, response.content
