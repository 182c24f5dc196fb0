"""Generated input on every public endpoint and form: never a server error.
Error pages are translated; error reports never carry what people typed."""

import json

import pytest
from django.test import RequestFactory
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

GET_ENDPOINTS = [
    "/en/",
    "/en/opportunities/",
    "/de/opportunities/",
    "/en/opportunities/feed/",
    "/en/opportunities/deadlines.ics",
    "/api/v2/opportunities/",
    "/en/search/",
    "/en/search/autocomplete/",
    "/en/match/",
    "/en/guidelines/",
    "/en/enterprises/",
    "/en/enterprises/register/",
    "/en/passport/",
    "/sitemap.xml",
    "/robots.txt",
    "/health/",
]
KNOWN_PARAMETERS = [
    "country",
    "sector",
    "type",
    "eqf",
    "language",
    "support",
    "q",
    "open",
    "sort",
    "page",
    "locale",
    "phase",
    "audience",
    "kind",
    "opportunity",
    "destination_countries",
    "sectors",
]
texts = st.text(max_size=60) | st.sampled_from(["DE", "I", "0", "-1", "999999", "'; DROP", '"*', "\x00", "<b>"])
queries = st.dictionaries(
    st.sampled_from(KNOWN_PARAMETERS) | st.text(min_size=1, max_size=12), st.lists(texts, max_size=3), max_size=5
)
HYPOTHESIS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def site_content(sections, guideline_index, passport_page, organisation_index):
    OpportunityPageFactory(parent=sections["DE"], rows__languages=[("de", "A2")], rows__supports=["local_buddy"])


@pytest.mark.parametrize("path", GET_ENDPOINTS)
def test_generated_query_parameters_never_cause_a_server_error(client, site_content, path):
    @HYPOTHESIS
    @given(query=queries)
    def check(query):
        response = client.get(path, query)
        assert response.status_code < 500, (path, query)

    check()


@HYPOTHESIS
@given(
    data=st.dictionaries(
        st.sampled_from(
            KNOWN_PARAMETERS
            + ["age", "max_weeks", "available_from", "keywords", "eqf_level", "support_needs", "languages"]
        ),
        st.lists(texts, max_size=3),
        max_size=8,
    )
)
def test_generated_posts_to_the_forms_never_cause_a_server_error(client, site_content, data):
    for path in ("/en/match/", "/en/enterprises/register/"):
        assert client.post(path, data).status_code < 500


@HYPOTHESIS
@given(
    body=st.one_of(
        st.text(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda children: (
                st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=20), children, max_size=5)
            ),
            max_leaves=12,
        ).map(json.dumps),
    )
)
def test_generated_bodies_to_the_matching_api_never_cause_a_server_error(client, site_content, body):
    response = client.post("/api/match/", body, content_type="application/json")
    assert response.status_code in (200, 400, 429)


@pytest.mark.parametrize(
    ("view", "german"),
    [
        ("bad_request", "Fehlerhafte Anfrage"),
        ("permission_denied", "Zugriff verweigert"),
        ("server_error", "Etwas ist schiefgelaufen"),
    ],
)
def test_error_pages_are_translated(home_page, view, german):
    from django.views import defaults

    request = RequestFactory().get("/de/anything/")
    with translation.override("de"):
        if view == "server_error":
            response = defaults.server_error(request)
        else:
            response = getattr(defaults, view)(request, Exception("no"))
    html = response.content.decode()
    assert german in html
    assert 'lang="de"' in html


def test_error_reports_hide_every_post_value(rf):
    from pathway.logging_filters import NoPostDataExceptionReporterFilter

    request = rf.post("/api/match/", {"age": "17", "support_needs": "accompanying_person"})
    cleaned = NoPostDataExceptionReporterFilter().get_post_parameters(request)
    assert set(cleaned) == {"age", "support_needs"}
    assert "17" not in str(cleaned) and "accompanying_person" not in str(cleaned)
