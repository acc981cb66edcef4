"""Every error the API gives is JSON of one shape, never an HTML page or a 500."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_api_url_is_a_json_404(api):
    response = api("analyst").get("/api/nothing-here/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "not_found"


def test_odd_characters_in_an_api_path_still_get_a_json_404(api):
    for path in ["/api/relations/S%0AD/", "/api/flags/null,null/resolve/", "/api/speakers/0.5/"]:
        response = api("editor").post(path, {}, format="json")
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found"


def test_a_wrong_method_is_a_json_405(api):
    response = api("editor").delete("/api/statements/")
    assert response.status_code == 405
    assert response.json() == {
        "status": 405,
        "code": "method_not_allowed",
        "detail": 'Method "DELETE" not allowed.',
    }


def test_a_huge_id_is_a_404_not_a_crash(api):
    assert api("analyst").get(f"/api/statements/{2**70}/").status_code == 404
    assert api("analyst").get("/api/statements/", {"speaker": 2**70}).status_code == 400


def test_validation_errors_list_every_field(api, graph):
    response = api("editor").post("/api/flags/", {"statement": "x"}, format="json")
    body = response.json()
    assert response.status_code == 400
    assert set(body["errors"]) == {"statement", "note"}
    assert body["detail"].startswith(("statement:", "note:"))
