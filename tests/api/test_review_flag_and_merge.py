"""Editors' write endpoints call the review and speaker services: every change is audited, a
change that does not apply is a 409."""

import pytest

from claims.models import AuditEntry, Flag, Speaker, Statement

pytestmark = pytest.mark.django_db


def test_an_editor_confirms_a_relation(api, graph):
    response = api("editor").post(
        f"/api/relations/{graph.number.pk}/review/",
        {"status": "confirmed", "note": "checked"},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["review_status"] == "confirmed"
    assert response.json()["reviewed_by"] == "editor-user"
    entry = AuditEntry.objects.get(relation=graph.number)
    assert (entry.action, entry.note) == ("relation.confirmed", "checked")


def test_an_editor_dismisses_a_relation(api, graph):
    url = f"/api/relations/{graph.number.pk}/review/"
    response = api("editor").post(url, {"status": "dismissed"}, format="json")
    assert response.json()["review_status"] == "dismissed"


@pytest.mark.parametrize(
    "body", [{}, {"status": "maybe"}, {"status": 1}, {"status": "confirmed", "note": ["x"]}]
)
def test_a_review_without_a_valid_status_is_a_400(api, graph, body):
    url = f"/api/relations/{graph.number.pk}/review/"
    assert api("editor").post(url, body, format="json").status_code == 400
    assert not AuditEntry.objects.exists()


def test_flags_are_raised_on_a_relation_or_a_statement(api, graph):
    on_relation = api("editor").post(
        "/api/flags/",
        {"relation": graph.number.pk, "note": "8,000 or 800?", "assignee": "editor-user"},
        format="json",
    )
    on_statement = api("editor").post(
        "/api/flags/", {"statement": graph.a.pk, "note": "source"}, format="json"
    )
    assert (on_relation.status_code, on_statement.status_code) == (201, 201)
    assert on_relation.json()["assignee"] == "editor-user"
    assert Flag.objects.filter(status="open").count() == 2
    assert AuditEntry.objects.filter(action="flag.raised").count() == 2


@pytest.mark.parametrize(
    "body",
    [
        {"note": "neither"},
        {"relation": 1, "statement": 1, "note": "both"},
        {"relation": 999999, "note": "missing"},
        {"statement": "abc", "note": "wrong type"},
        {"statement": 1, "note": "x", "assignee": "nobody"},
    ],
)
def test_a_flag_needs_exactly_one_existing_target(api, graph, body):
    response = api("editor").post("/api/flags/", body, format="json")
    assert response.status_code == 400, response.json()
    assert not Flag.objects.exists()


def test_a_flag_is_resolved_once(api, graph):
    flag_id = (
        api("editor")
        .post("/api/flags/", {"relation": graph.number.pk, "note": "n"}, format="json")
        .json()["id"]
    )
    url = f"/api/flags/{flag_id}/resolve/"
    first = api("editor").post(url, {"resolution": "corrected"}, format="json")
    assert first.status_code == 200
    assert (first.json()["status"], first.json()["resolved_by"]) == ("resolved", "editor-user")
    again = api("editor").post(url, {}, format="json")
    assert again.status_code == 409
    assert again.json() == {
        "status": 409,
        "code": "conflict",
        "detail": "this flag is already resolved",
    }


def test_an_editor_merges_speakers(api, graph):
    response = api("editor").post(
        f"/api/speakers/{graph.speaker.pk}/merge/",
        {"others": [graph.other_speaker.pk]},
        format="json",
    )
    assert response.status_code == 200
    assert not Speaker.objects.filter(pk=graph.other_speaker.pk).exists()
    assert Statement.objects.get(pk=graph.c.pk).speaker_id == graph.speaker.pk
    assert AuditEntry.objects.filter(action="speaker.merged").count() == 1


def test_merging_unknown_speakers_is_a_400_listing_them(api, graph):
    response = api("editor").post(
        f"/api/speakers/{graph.speaker.pk}/merge/",
        {"others": [graph.other_speaker.pk, 424242]},
        format="json",
    )
    assert response.status_code == 400
    assert "424242" in response.json()["errors"]["others"][0]
    assert Speaker.objects.filter(pk=graph.other_speaker.pk).exists()


def test_merging_a_speaker_into_itself_is_a_409(api, graph):
    url = f"/api/speakers/{graph.speaker.pk}/merge/"
    response = api("editor").post(url, {"others": [graph.speaker.pk]}, format="json")
    assert response.status_code == 409


@pytest.mark.parametrize("body", [{}, {"others": []}, {"others": "3"}, {"others": [0]}])
def test_a_merge_needs_a_list_of_ids(api, graph, body):
    url = f"/api/speakers/{graph.speaker.pk}/merge/"
    assert api("editor").post(url, body, format="json").status_code == 400
