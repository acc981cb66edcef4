"""Webhook receivers must be public addresses, unless the deployment allows private ones
(OUTBOUND_ALLOW_PRIVATE): the server never posts into its own private network."""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from claims.api.models import Webhook
from claims.api.webhooks import webhook_deliver_now
from claims.models import AuditEntry, Relation
from tests.factories import make_relation, make_statement

pytestmark = pytest.mark.django_db


@override_settings(OUTBOUND_ALLOW_PRIVATE=False)
def test_a_webhook_on_a_private_address_cannot_be_registered(api):
    response = api("editor").post(
        "/api/webhooks/", {"url": "http://169.254.169.254/hook"}, format="json"
    )

    assert response.status_code == 400
    assert "public address" in str(response.json())
    assert not Webhook.objects.exists()


@override_settings(OUTBOUND_ALLOW_PRIVATE=False)
def test_a_delivery_to_a_private_address_is_refused_without_retry(web, confirmed):
    # Registered while the deployment allowed it; the setting has since been turned off.
    (web.root / "hook").write_text("ok")
    hook = Webhook.objects.create(url=web.url("hook"), secret="s" * 32)

    outcome = webhook_deliver_now(webhook_id=hook.pk, entry_id=confirmed.pk)

    assert outcome.startswith("refused")
    hook.refresh_from_db()
    assert hook.last_status.startswith("refused")


@pytest.fixture
def confirmed():
    relation = make_relation(make_statement(), make_statement(), type=Relation.Type.NUMBER)
    editor = User.objects.create_user("ed")
    return AuditEntry.objects.create(actor=editor, action="relation.confirmed", relation=relation)
