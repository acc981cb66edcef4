"""Editors register webhooks; confirming a discrepancy queues one signed delivery per active
webhook once the review is committed, and nothing else does."""

import hashlib
import hmac
import json

import pytest

from claims.api.models import Webhook
from claims.api.webhooks import SIGNATURE_HEADER, delivery_build
from claims.models import AuditEntry, Relation
from claims.review import relation_review

pytestmark = pytest.mark.django_db


def test_an_editor_registers_a_webhook_and_sees_its_secret_once(api):
    response = api("editor").post(
        "/api/webhooks/", {"url": "https://hooks.example.org/nc"}, format="json"
    )
    assert response.status_code == 201
    secret = response.json()["secret"]
    assert len(secret) >= 32
    listed = api("editor").get("/api/webhooks/").json()["results"]
    assert [w["url"] for w in listed] == ["https://hooks.example.org/nc"]
    assert "secret" not in listed[0]


def test_a_webhook_can_be_removed(api):
    hook_id = (
        api("editor")
        .post("/api/webhooks/", {"url": "https://h.example.org/"}, format="json")
        .json()["id"]
    )
    assert api("editor").delete(f"/api/webhooks/{hook_id}/").status_code == 204
    assert not Webhook.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"url": "ftp://files.example.org/x"},
        {"url": "not a url"},
        {"url": "https://h.example.org/", "secret": "short"},
    ],
)
def test_a_bad_registration_is_a_400(api, body):
    assert api("editor").post("/api/webhooks/", body, format="json").status_code == 400


def test_confirming_a_discrepancy_queues_a_delivery_per_active_webhook(
    api, graph, django_capture_on_commit_callbacks, monkeypatch
):
    Webhook.objects.create(url="https://a.example.org/", secret="s" * 32)
    Webhook.objects.create(url="https://b.example.org/", secret="t" * 32)
    Webhook.objects.create(url="https://off.example.org/", secret="u" * 32, active=False)
    sent = []
    monkeypatch.setattr("claims.api.tasks.webhook_deliver.delay", lambda *args: sent.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        api("editor").post(
            f"/api/relations/{graph.number.pk}/review/", {"status": "confirmed"}, format="json"
        )
    entry = AuditEntry.objects.get(action="relation.confirmed")
    assert sorted(sent) == sorted((w.pk, entry.pk) for w in Webhook.objects.filter(active=True))


@pytest.mark.parametrize("relation, status", [("agrees", "confirmed"), ("number", "dismissed")])
def test_agreements_and_dismissals_send_nothing(
    api, graph, django_capture_on_commit_callbacks, monkeypatch, relation, status
):
    Webhook.objects.create(url="https://a.example.org/", secret="s" * 32)
    sent = []
    monkeypatch.setattr("claims.api.tasks.webhook_deliver.delay", lambda *args: sent.append(args))
    target = getattr(graph, relation)
    with django_capture_on_commit_callbacks(execute=True):
        api("editor").post(f"/api/relations/{target.pk}/review/", {"status": status}, format="json")
    assert sent == []


def test_a_second_confirmation_of_the_same_relation_sends_nothing(
    graph, django_capture_on_commit_callbacks, monkeypatch, api
):
    api("editor")  # creates editor-user
    from django.contrib.auth.models import User

    editor = User.objects.get(username="editor-user")
    Webhook.objects.create(url="https://a.example.org/", secret="s" * 32)
    relation_review(relation=graph.number, actor=editor, status=Relation.Review.CONFIRMED)
    sent = []
    monkeypatch.setattr("claims.api.tasks.webhook_deliver.delay", lambda *args: sent.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        relation_review(relation=graph.number, actor=editor, status=Relation.Review.CONFIRMED)
    assert sent == []


def test_the_payload_is_signed_with_the_webhook_secret(api, graph):
    hook = Webhook.objects.create(url="https://a.example.org/", secret="k" * 32)
    api("editor").post(
        f"/api/relations/{graph.number.pk}/review/",
        {"status": "confirmed", "note": "ok"},
        format="json",
    )
    entry = AuditEntry.objects.get(action="relation.confirmed")
    delivery = delivery_build(webhook=hook, entry=entry)
    expected = hmac.new(b"k" * 32, delivery.body, hashlib.sha256).hexdigest()
    assert delivery.headers[SIGNATURE_HEADER] == f"sha256={expected}"
    payload = json.loads(delivery.body)
    assert payload["event"] == "relation.confirmed" and payload["note"] == "ok"
    assert payload["relation"]["id"] == graph.number.pk
    assert payload["relation"]["review_status"] == "confirmed"
