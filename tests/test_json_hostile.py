"""Hostile JSON and generated input on every JSON endpoint: 400 with bounded, escaped errors, never a 500."""

import json
from urllib.parse import urlencode

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home import jsonbody

pytestmark = pytest.mark.django_db
URL = "/api/match/"


def post(client, body):
    return client.post(URL, body, content_type="application/json")


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # a crash must show as the 500 a server would send
    return client


@pytest.mark.parametrize("depth", [100, 10_000, 60_000])
def test_deeply_nested_json_is_a_400(client, home_page, depth):
    for body in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth):
        response = post(client, body)
        assert response.status_code == 400
        assert response.json()["errors"][0]["message"]


def test_nesting_within_the_limit_is_parsed():
    assert jsonbody.parse(b"[" * 20 + b"]" * 20) is not None
    with pytest.raises(jsonbody.JsonBodyError):
        jsonbody.parse(b"[" * 21 + b"]" * 21)
    assert jsonbody.parse(b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == {"a": "[" * 30}  # brackets in strings


@pytest.mark.parametrize("body", ['{"\\ud800": 1}', '{"age": "\\udfff"}', '["\\ud800"]', '{"weights": {"\\ud800": 1}}'])
def test_a_lone_surrogate_is_a_400_that_can_be_encoded(client, home_page, body):
    response = post(client, body)
    assert response.status_code == 400
    response.content.decode("utf-8")


def test_a_surrogate_pair_is_fine(client, home_page):
    assert post(client, json.dumps({"keywords": "hotel 😀"})).status_code == 200


def test_echoed_input_is_escaped_and_cut(client, home_page):
    response = post(client, json.dumps({"<script>alert(1)</script>" + "x" * 100: 1, "weights": {"<b>\u0000": 1}}))
    assert response.status_code == 400
    body = response.content.decode()
    assert "<script>" not in body and "<b>" not in body and "\\u0000" not in body.replace("\\\\u0000", "")
    fields = [error["field"] for error in response.json()["errors"]]
    assert any(field.startswith("\\u003cscript\\u003e") and "x" * 30 not in field for field in fields)
    messages = [error["message"] for error in response.json()["errors"] if error["field"] == "weights"]
    assert any("\\u003cb\\u003e\\u0000" in message for message in messages)


def test_the_error_list_is_capped(client, home_page):
    response = post(client, json.dumps({f"unknown{index}": 1 for index in range(500)}))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert len(errors) == 21
    assert errors[-1] == {"field": "", "message": "480 more errors not shown."}


def test_a_megabyte_of_unknown_keys_gets_a_short_answer(client, home_page):
    body = json.dumps({f"k{index:07d}": 1 for index in range(100_000)})
    assert len(body) > 1_300_000
    response = post(client, body)
    assert response.status_code == 400
    assert len(response.content) < 1_000


# --- Generated input (hypothesis): arbitrary JSON values, keys included ------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=30), children, max_size=6),
    max_leaves=25,
)
# Objects with the API's own keys as well as arbitrary ones, so that values reach the validation.
api_objects = st.dictionaries(
    st.sampled_from(
        ["destination_countries", "sectors", "keywords", "eqf_level", "languages", "available_from"]
        + ["max_weeks", "age", "support_needs", "weights", "locale"]
    )
    | st.text(max_size=30),
    json_values,
    max_size=8,
)
HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@HYPOTHESIS
@given(value=json_values | api_objects)
def test_generated_json_never_causes_a_server_error_on_the_match_api(client, home_page, value):
    with override_settings(PATHWAY_RATELIMIT_ENABLED=False):
        for ensure_ascii in (True, False):
            try:
                body = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8", errors="surrogatepass")
            except UnicodeEncodeError:
                continue
            response = post(client, body)
            assert response.status_code in (200, 400), (value, response.content[:300])
            response.json()


GET_JSON_ENDPOINTS = ["/api/v2/opportunities/", "/en/search/autocomplete/", "/health/"]


@pytest.mark.parametrize("path", GET_JSON_ENDPOINTS)
def test_generated_query_parameters_never_cause_a_server_error_on_the_json_endpoints(client, home_page, path):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        query=st.dictionaries(
            st.sampled_from(["q", "locale", "page", "country", "sector", "open", "sort"]) | st.text(max_size=20),
            st.lists(st.text(max_size=40) | json_values.map(json.dumps), max_size=3),
            max_size=5,
        )
    )
    def check(query):
        query_string = urlencode(query, doseq=True, errors="surrogatepass")
        response = client.get(f"{path}?{query_string}")
        assert response.status_code < 500, (path, query)
        response.json()

    check()


@pytest.mark.parametrize("path", GET_JSON_ENDPOINTS)
@pytest.mark.parametrize("name", ["q", "locale", "country", "support", "language", "page", "sort"])
def test_a_nul_byte_in_a_query_parameter_is_never_a_server_error(client, home_page, path, name):
    """PostgreSQL refuses NUL in text: a raw value that reached a query was a 500 there (``locale``
    of the opportunities API, found by schemathesis)."""
    response = client.get(path, {name: "e\x00n"})
    assert response.status_code in (200, 400), (path, name, response.content[:300])
    response.json()
