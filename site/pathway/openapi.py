"""``/api/schema/``: the OpenAPI 3.1 document of the public API.

The project assembles it because only the project sees both apps
(``opportunities`` never imports its ``matching`` sub-app):

* ``GET /api/v2/opportunities/`` and ``GET /api/v2/opportunities/<id>/`` are a
  django-ninja API (``opportunities.api``), which writes their part of the
  document from the same pydantic schemas that check every answer;
* ``POST /api/match/`` stays a plain view (its bounded JSON body, rate limit and
  error shape are its own), described by its JSON Schema files
  (``opportunities/matching/schema``), embedded here as components, not copied.

A JSON Schema file becomes a component by dropping its ``$id`` and ``$schema``
and pointing its ``#/$defs/...`` references into the component
(``#/components/schemas/MatchRequest/$defs/...``), so any OpenAPI 3.1 tool
resolves them within the document.
"""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from opportunities.api import api as opportunities_api
from opportunities.matching import api as matching_api

MATCH_PATH = "/api/match/"


def as_component(schema, name):
    """A JSON Schema document as the component ``name``: internal references point into the component."""
    prefix = f"#/components/schemas/{name}/$defs/"

    def rewrite(value):
        if isinstance(value, dict):
            return {
                key: (
                    prefix + item[len("#/$defs/") :] if key == "$ref" and item.startswith("#/$defs/") else rewrite(item)
                )
                for key, item in value.items()
                if key not in ("$id", "$schema")
            }
        if isinstance(value, list):
            return [rewrite(item) for item in value]
        return value

    return rewrite(schema)


def _json(schema_ref, description):
    return {"description": description, "content": {"application/json": {"schema": {"$ref": schema_ref}}}}


def match_operation():
    """``POST /api/match/``, described by the matching app's own schemas."""
    answer = "#/components/schemas/MatchAnswer/$defs/"
    errors = _json(answer + "errors", "The request is malformed or a value is not valid: one error per field.")
    too_many = _json(answer + "errors", "Too many requests from this client; try again after Retry-After seconds.")
    too_many["headers"] = {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}}
    return {
        "post": {
            "operationId": "matchOpportunities",
            "summary": "Placements ranked for a trainee's profile",
            "description": (
                "The matching form's JSON twin: the same fields, every one optional, unknown ones refused. "
                "Answers in the language of locale (else Accept-Language, else English) with that language's "
                "placements, in the page's order (scores never rise from one item to the next). Nothing sent is "
                "stored or logged; every answer is Cache-Control: no-store. No CSRF token, no CORS. Rate limited "
                "per client."
            ),
            "tags": ["matching"],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MatchRequest"}}},
            },
            "responses": {
                "200": _json(answer + "answer", "The ranked placements."),
                "400": errors,
                "429": too_many,
            },
        }
    }


def document():
    """The whole document: the placements API as ninja writes it, plus the matching API."""
    schema = opportunities_api.get_openapi_schema()
    schema["paths"][MATCH_PATH] = match_operation()
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["MatchRequest"] = as_component(matching_api.json_schema("request"), "MatchRequest")
    components["MatchAnswer"] = as_component(matching_api.json_schema("response"), "MatchAnswer")
    components.pop("ListingQuery", None)  # the listing's query parameters, already listed one by one
    schema["tags"] = [
        {"name": "opportunities", "description": "Placements, as on the listing page (read-only, any origin)."},
        {"name": "matching", "description": "A trainee's profile matched against the placements."},
    ]
    return schema


@require_GET
def schema_view(request):
    response = JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response
