"""The OpenAPI 3 schema is generated from the code, with examples; the docs page is served
with the app's own Swagger UI files, never from another site."""

import re

import pytest
import yaml
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema():
    response = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_schema_is_openapi_3_and_covers_every_endpoint(schema):
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    for expected in [
        "/api/outlets/",
        "/api/articles/",
        "/api/articles/{id}/status/",
        "/api/speakers/{id}/merge/",
        "/api/statements/",
        "/api/claims/",
        "/api/relations/{id}/review/",
        "/api/flags/",
        "/api/flags/{id}/resolve/",
        "/api/webhooks/",
        "/api/exports/statements.csv",
        "/api/exports/relations.jsonl",
    ]:
        assert expected in paths, expected


def test_the_schema_documents_filters_pagination_and_errors(schema):
    listing = schema["paths"]["/api/statements/"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert {"speaker", "outlet", "q", "published_after", "updated_since", "cursor"} <= names
    assert {"200", "400", "401", "403", "429"} <= set(listing["responses"])
    assert "exactly once" in listing["description"]
    assert "X-RateLimit-Remaining" in listing["responses"]["200"]["headers"]
    assert "tokenAuth" in schema["components"]["securitySchemes"]


def test_the_schema_carries_examples(schema):
    submit = schema["paths"]["/api/articles/"]["post"]["requestBody"]["content"]["application/json"]
    assert submit["examples"]["AWireStory"]["value"]["outlet"] == "Example Wire"
    review = schema["paths"]["/api/relations/{id}/review/"]["post"]["requestBody"]
    assert set(review["content"]["application/json"]["examples"]) == {"Confirm", "Dismiss"}


def test_the_docs_page_loads_nothing_from_other_sites():
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert not re.findall(r"(?:src|href)=[\"']?(?:https?:)?//", html)
    assert not re.findall(r"https?://(?!localhost|127\.0\.0\.1|testserver)[\w.-]+", html)
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
