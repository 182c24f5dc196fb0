"""One vocabulary, one order: the form and the API take the same fields (checked against the JSON
Schema in ``opportunities/matching/schema``), destinations are a filter, the page's percentages
never rise, and the golden-set command."""

import io
import json
import pathlib
import re

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from opportunities.matching import api, engine, evaluation

pytestmark = pytest.mark.django_db
SCHEMA = pathlib.Path(api.__file__).resolve().parent / "schema"
REQUEST = json.loads((SCHEMA / "request.json").read_text())
RESPONSE = json.loads((SCHEMA / "response.json").read_text())
URL = "/en/match/"
API = "/api/match/"


def validate(instance, schema):
    jsonschema.Draft202012Validator(schema).validate(instance)


def post_api(client, data, **extra):
    return client.post(API, json.dumps(data), content_type="application/json", **extra)


def html(response):
    return response.content.decode()


def titles(page, section_id):
    match = re.search(rf'aria-labelledby="{section_id}">(.*?)</section>', page, re.S)
    return re.findall(r"<h3>(?:<a [^>]+>)?([^<]+)", match.group(1)) if match else []


def form_names(page):
    form = re.search(r'<form class="match-form".*?</form>', page, re.S).group(0)
    return set(re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', form)) - {"csrfmiddlewaretoken"}


@pytest.fixture
def browser_submission():
    """What a browser posts from the form: every control, empty ones included, the checkbox as "on"."""
    return {
        "destination_countries": ["DE", "ES"],
        "include_other_countries": "on",
        "sectors": [],
        "keywords": "",
        "age": "19",
        "eqf_level": "",
        "languages": ["en", "", ""],
        "language_levels": ["B1", "", ""],
        "available_from": "",
        "max_weeks": "12",
        "support_needs": ["accompanying_person"],
        "weights": [],
    }


def test_the_schemas_are_valid_json_schemas():
    jsonschema.Draft202012Validator.check_schema(REQUEST)
    jsonschema.Draft202012Validator.check_schema(RESPONSE)


def test_the_form_the_api_and_the_request_schema_name_the_same_fields(client, home_page):
    names = form_names(html(client.get(URL)))
    assert names == set(REQUEST["properties"]) - {"locale"}
    assert names == api.KNOWN - {"locale"}
    assert "language_levels" in names and "include_other_countries" in names


def test_the_api_takes_exactly_what_the_form_sends(client, match_catalogue, browser_submission):
    validate(browser_submission, REQUEST)
    page = html(client.post(URL, {k: v for k, v in browser_submission.items() if v != []}))
    answer = post_api(client, browser_submission)
    assert answer.status_code == 200, answer.content
    data = answer.json()
    validate(data, RESPONSE)
    for key, section in (("results", "results-heading"), ("other_countries", "other-heading")):
        assert [item["opportunity"]["title"] for item in data[key]] == titles(page, section)
    assert [item["opportunity"]["title"] for item in data["near_misses"]] == titles(page, "near-heading")
    # ... and the same profile in the API's own shapes gives the same answer.
    api_shapes = {
        "destination_countries": "de,es",
        "include_other_countries": True,
        "age": 19,
        "languages": ["en:B1"],
        "max_weeks": 12,
        "support_needs": ["accompanying_person"],
    }
    validate(api_shapes, REQUEST)
    assert post_api(client, api_shapes).json() == data
    # The form takes the API's shapes too.
    also = html(client.post(URL, {"languages": ["en:B1"], "destination_countries": "DE,ES", "age": "19"}))
    assert titles(also, "results-heading") == titles(
        html(
            client.post(
                URL,
                {"languages": ["en"], "language_levels": ["B1"], "destination_countries": ["DE", "ES"], "age": "19"},
            )
        ),
        "results-heading",
    )


def test_the_old_destination_priority_is_still_accepted(client, match_catalogue, example_trainee):
    assert post_api(client, dict(example_trainee, weights=["destination"])).status_code == 200
    assert client.post(URL, dict(example_trainee, weights=["destination"])).status_code == 200


def test_errors_match_the_response_schema(client, home_page):
    for body in ({"language_levels": 3}, {"colour": "red"}, {"include_other_countries": "maybe"}):
        response = post_api(client, body)
        assert response.status_code == 400
        validate(response.json(), RESPONSE)
    validate({"include_other_countries": "on", "languages": "de:B1"}, REQUEST)
    with pytest.raises(jsonschema.ValidationError):
        validate({"colour": "red"}, REQUEST)


def test_destinations_are_a_filter_unless_other_countries_are_asked_for(client, match_catalogue, example_trainee):
    trainee = {key: value for key, value in example_trainee.items() if key != "sectors"}
    only = post_api(client, trainee).json()
    validate(only, RESPONSE)
    shown = only["results"] + only["other_countries"] + only["near_misses"]
    assert {item["opportunity"]["country"] for item in shown} <= {"DE", "ES"}
    assert only["other_countries"] == []

    also = post_api(client, dict(trainee, include_other_countries=True)).json()
    validate(also, RESPONSE)
    assert [item["opportunity"]["title"] for item in also["other_countries"]] == ["Organic farm in Tuscany"]
    assert {item["opportunity"]["country"] for item in also["results"] + also["near_misses"]} <= {"DE", "ES"}
    assert "It is in Italy, not in a country you chose." in [m["text"] for m in also["other_countries"][0]["missing"]]

    page = html(client.post(URL, dict(trainee, include_other_countries="on")))
    assert titles(page, "other-heading") == ["Organic farm in Tuscany"]
    assert page.index("results-heading") < page.index("other-heading") < page.index("near-heading")
    assert "in a country you did not choose" in page
    assert "Organic farm in Tuscany" not in html(client.post(URL, trainee))


def test_one_order_from_the_top_of_the_page_to_the_bottom(client, match_catalogue, example_trainee):
    page = html(client.post(URL, example_trainee))
    # One sentence says how the list is ordered, above the results.
    sentence = "The best fit comes first: the higher the percentage"
    assert sentence in page and page.index(sentence) < page.index("results-heading")
    # Results show percentages that never rise; near misses show none, only what does not fit.
    scores = [int(score) for score in re.findall(r'data-score="(\d+)"', page)]
    assert scores and scores == sorted(scores, reverse=True)
    near = page[page.index("near-heading") :]
    assert "% match" not in near and "one thing does not fit" in near
    data = post_api(client, example_trainee).json()
    assert data["meta"]["threshold"] == engine.MATCH_THRESHOLD and data["meta"]["order"].startswith(sentence)
    listed = [item["score"] for key in ("results", "other_countries", "near_misses") for item in data[key]]
    assert listed == sorted(listed, reverse=True)
    assert data["results"][-1]["score"] >= data["near_misses"][0]["score"]


# --- The golden set ------------------------------------------------------------------
GOLDEN = """
profiles:
- name: holds
  who: A trainee who wants a hotel in Spain.
  profile: {destination_countries: [ES], sectors: [I], keywords: hotel, age: 19, languages: ["en:B1"]}
  first: [es-hotel]
  not_shown:
  - {slug: it-farm, why: In Italy.}
  - {slug: de-kitchen, why: In Germany.}
- name: fails
  who: Expects the wrong thing.
  profile: {destination_countries: [DE], include_other_countries: true, age: 19, languages: ["en:B1"]}
  first: [it-farm]
  not_shown: [de-kitchen]
- name: typo
  profile: {}
  not_shown: [no-such-placement]
"""


@pytest.fixture
def tiny_catalogue(sections):
    from opportunities.factories import OpportunityPageFactory

    return [
        OpportunityPageFactory(parent=sections["ES"], slug="es-hotel", country="ES", search_keywords="hotel"),
        OpportunityPageFactory(parent=sections["IT"], slug="it-farm", country="IT", sector="A"),
        OpportunityPageFactory(parent=sections["DE"], slug="de-kitchen", rows__languages=[("de", "B1")]),
    ]


def test_eval_matching_prints_a_table_and_the_count(tiny_catalogue, tmp_path):
    golden = tmp_path / "profiles.yaml"
    golden.write_text(GOLDEN)
    out = io.StringIO()
    call_command("eval_matching", file=str(golden), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Matching golden set, 3 profiles, locale en, as on ")
    assert lines[1] == "| profile | holds | why not |"
    assert "| holds | yes |  |" in lines
    fails = next(line for line in lines if line.startswith("| fails |"))
    assert "| no |" in fails
    assert "it-farm not a result (another country; score 100)" in fails  # other countries come after

    assert "de-kitchen shown as a near miss" in fails
    assert "no-such-placement: no such placement" in next(line for line in lines if line.startswith("| typo |"))
    assert lines[-1] == f"1 of 3 profiles hold (threshold {engine.MATCH_THRESHOLD})."
    with pytest.raises(CommandError):
        call_command("eval_matching", file=str(golden), strict=True, stdout=io.StringIO())
    # As on a day after every deadline, nothing holds: the day counts.
    late = io.StringIO()
    call_command("eval_matching", file=str(golden), today="2099-01-01", stdout=late)
    assert late.getvalue().splitlines()[-1].startswith("0 of 3 profiles hold")


def test_the_golden_set_is_well_formed():
    profiles = evaluation.load()
    assert len(profiles) >= 30
    assert len({spec["name"] for spec in profiles}) == len(profiles)
    for spec in profiles:
        assert spec.get("who") and isinstance(spec.get("profile"), dict)
        assert spec.get("first") or spec.get("near_misses") or spec.get("other_countries")
        assert all(isinstance(item, dict) and item.get("why") for item in spec.get("not_shown") or [])
        validate(
            {key: value for key, value in spec["profile"].items() if key != "available_from"},
            REQUEST,
        )
