"""Rate limits are stated on every response and enforced with a 429 in the API's JSON."""

import pytest

pytestmark = pytest.mark.django_db


def test_every_response_states_the_limit(api, api_settings):
    client = api("analyst")
    first = client.get("/api/statements/")
    second = client.get("/api/statements/")
    assert first["X-RateLimit-Limit"] == "1200"
    assert int(first["X-RateLimit-Remaining"]) == int(second["X-RateLimit-Remaining"]) + 1
    assert int(second["X-RateLimit-Reset"]) > 1_700_000_000


def test_beyond_the_limit_a_429_says_when_to_come_back(api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"user": "3/min", "anon": "1/min"},
    }
    client = api("analyst")
    statuses = [client.get("/api/statements/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/statements/")
    assert limited["X-RateLimit-Remaining"] == "0"
    assert int(limited["Retry-After"]) > 0
    assert limited.json()["code"] == "throttled"


def test_each_caller_has_its_own_allowance(api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"user": "1/min", "anon": "1/min"},
    }
    assert api("analyst").get("/api/statements/").status_code == 200
    assert api("editor").get("/api/statements/").status_code == 200
    assert api("analyst").get("/api/statements/").status_code == 429
