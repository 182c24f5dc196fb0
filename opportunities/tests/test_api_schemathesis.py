"""schemathesis against the live test server: each of the three operations of ``/api/schema/``
gets about 25 generated requests (positive mode: values the document allows); none may answer
500, and every answer must conform to the document (status code, content type, body schema).
"""

import pytest
import requests
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from opportunities.factories import OpportunityPageFactory

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25


@pytest.fixture
def api_schema(live_server, sections):
    for country in ("DE", "ES"):
        OpportunityPageFactory(parent=sections[country], country=country, rows__supports=["accompanying_person"])
    document = requests.get(f"{live_server.url}/api/schema/", timeout=10).json()
    return schemathesis.openapi.from_dict(document)


# Real transactions for the live server. serialized_rollback: the flush after the test then leaves
# the migrated data (content types) to be restored as they were, so that a later test restoring
# them (tests/test_demo_content.py) does not meet content types recreated with other ids.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(PATHWAY_RATELIMIT_ENABLED=False)
@pytest.mark.parametrize(
    "path, method",
    [("/api/v2/opportunities/", "GET"), ("/api/v2/opportunities/{id}/", "GET"), ("/api/match/", "POST")],
)
def test_generated_requests_get_no_500_and_conforming_answers(live_server, api_schema, path, method):
    operation = api_schema[path][method]
    session = requests.Session()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(case=operation.as_strategy())
    def check(case):
        case.call_and_validate(base_url=live_server.url, session=session, checks=CHECKS, timeout=30)

    check()
