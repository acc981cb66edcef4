"""Each read endpoint returns the item with what a consumer needs alongside it."""

import pytest

from claims.models import Claim, Flag

pytestmark = pytest.mark.django_db


def test_articles_come_with_their_outlet_and_statements(api, graph):
    body = api("analyst").get(f"/api/articles/{graph.article_a.pk}/").json()
    assert body["outlet"]["name"] == "Alliance News"
    assert body["body"] == graph.article_a.body
    assert [s["id"] for s in body["statements"]] == [graph.a.pk]
    assert body["statements"][0]["speaker_canonical_name"] == "Rustem Umerov"


def test_the_article_list_leaves_out_the_body(api, graph):
    results = api("analyst").get("/api/articles/").json()["results"]
    assert len(results) == 3 and "body" not in results[0]
    assert {len(r["statements"]) for r in results} == {1}


def test_speakers_come_with_their_aliases(api, graph):
    body = api("analyst").get(f"/api/speakers/{graph.speaker.pk}/").json()
    assert body["canonical_name"] == "Rustem Umerov"
    assert body["aliases"] == ["Umerov"]


def test_statements_name_their_article_outlet_and_speaker(api, graph):
    body = api("analyst").get(f"/api/statements/{graph.a.pk}/").json()
    assert body["content"] == graph.a.content
    assert body["article"]["outlet"]["slug"] == "alliance-news"
    assert body["speaker"] == {
        "id": graph.speaker.pk,
        "canonical_name": "Rustem Umerov",
        "kind": "person",
    }


def test_claims_come_with_their_member_statements(api, graph):
    claim = Claim.objects.create(summary="Troops ready", speaker=graph.speaker)
    for statement in (graph.a, graph.b):
        statement.claim = claim
        statement.save()
    body = api("analyst").get(f"/api/claims/{claim.pk}/").json()
    assert body["speaker"]["id"] == graph.speaker.pk
    assert {s["id"] for s in body["statements"]} == {graph.a.pk, graph.b.pk}


def test_relations_carry_both_statements_and_the_evidence(api, graph):
    body = api("analyst").get(f"/api/relations/{graph.number.pk}/").json()
    assert body["type"] == "number" and body["review_status"] == "suggested"
    assert body["evidence"] == {"a_value": "8,000", "b_value": "800", "dimension": "count"}
    assert {body["statement_a"]["id"], body["statement_b"]["id"]} == {graph.a.pk, graph.b.pk}


def test_outlets_are_listed_by_name(api, graph):
    names = [o["name"] for o in api("analyst").get("/api/outlets/").json()["results"]]
    assert names == ["Alliance News", "Wire Daily"]


def test_flags_are_listed_with_who_raised_them(api, graph):
    editor_client = api("editor")
    editor_client.post("/api/flags/", {"statement": graph.a.pk, "note": "source?"}, format="json")
    flags = api("analyst").get("/api/flags/").json()["results"]
    assert [(f["statement"], f["note"], f["raised_by"]) for f in flags] == [
        (graph.a.pk, "source?", "editor-user")
    ]
    assert Flag.objects.count() == 1


def test_an_unknown_id_is_a_json_404(api, graph):
    response = api("analyst").get("/api/statements/999999/")
    assert response.status_code == 404
    assert response.json() == {"status": 404, "code": "not_found", "detail": "Not found."}
