"""schemathesis generates requests from the live OpenAPI schema and sends them to the app (WSGI
transport, the real test database): no 5xx, and every response matches the schema."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.api.tokens import token_create
from newsclaims.wsgi import application

from .conftest import make_user

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def in_process_app(db, graph):
    # as Django's test client does: the app must not close the test's own connection
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def admin_key(db, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"user": "100000/min", "anon": "100000/min"},
    }
    return token_create(user=make_user("admin")).key


schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_answers_every_generated_request_within_its_schema(case, in_process_app, admin_key):
    case.call_and_validate(headers={"Authorization": f"Token {admin_key}"}, checks=CHECKS)
