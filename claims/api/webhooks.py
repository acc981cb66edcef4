"""Webhooks: registered URLs that receive a signed POST for every newly confirmed discrepancy.

The body is JSON; `X-Newsclaims-Signature: sha256=<hex>` is the HMAC-SHA256 of the exact
body bytes keyed with the webhook's secret, so a receiver can check that the POST is ours and
unchanged. `X-Newsclaims-Delivery` is the same on every retry of one event: receivers use it
to ignore a repeat.
"""

import hashlib
import hmac
import json
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import AuditEntry, Relation
from newsclaims.outbound import BlockedAddress, open_url

from .models import Webhook

EVENT = "relation.confirmed"
SIGNATURE_HEADER = "X-Newsclaims-Signature"
DELIVERY_HEADER = "X-Newsclaims-Delivery"
EVENT_HEADER = "X-Newsclaims-Event"


class DeliveryFailed(Exception):
    """The receiver was unreachable or answered with a server error: worth another try."""


@dataclass(frozen=True)
class Delivery:
    body: bytes
    headers: dict[str, str]


def webhook_register(*, url: str, actor, secret: str = "") -> Webhook:
    return Webhook.objects.create(
        url=url, secret=secret or secrets.token_urlsafe(32), created_by=actor
    )


def webhook_remove(*, webhook: Webhook) -> None:
    webhook.delete()


def is_discrepancy_confirmation(entry: AuditEntry) -> bool:
    return (
        entry.action == EVENT
        and entry.relation_id is not None
        and entry.details.get("from") != Relation.Review.CONFIRMED
        and Relation.objects.filter(pk=entry.relation_id)
        .exclude(type=Relation.Type.AGREES)
        .exists()
    )


def webhooks_enqueue_for(*, entry: AuditEntry) -> int:
    """Queue one delivery per active webhook, once the confirmation is committed."""
    from .tasks import webhook_deliver

    hook_ids = list(Webhook.objects.filter(active=True).values_list("pk", flat=True))
    for hook_id in hook_ids:
        transaction.on_commit(
            lambda hook_id=hook_id: webhook_deliver.delay(hook_id, entry.pk), robust=True
        )
    return len(hook_ids)


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def delivery_build(*, webhook: Webhook, entry: AuditEntry) -> Delivery:
    from .selectors import relation_queryset
    from .serializers import RelationSerializer

    relation = relation_queryset().get(pk=entry.relation_id)
    payload = {
        "event": EVENT,
        "delivery": f"{entry.pk}",
        "confirmed_at": entry.created_at.isoformat(),
        "confirmed_by": entry.actor.get_username() if entry.actor else None,
        "note": entry.note,
        "relation": RelationSerializer(relation).data,
    }
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "newsclaims-webhook/1",
        EVENT_HEADER: EVENT,
        DELIVERY_HEADER: f"{entry.pk}",
        SIGNATURE_HEADER: signature(webhook.secret, body),
    }
    return Delivery(body=body, headers=headers)


def webhook_deliver_now(*, webhook_id: int, entry_id: int) -> str:
    """POST one event to one webhook; raises DeliveryFailed when a retry may help."""
    webhook = Webhook.objects.filter(pk=webhook_id, active=True).first()
    entry = AuditEntry.objects.select_related("actor").filter(pk=entry_id).first()
    if webhook is None or entry is None or entry.relation_id is None:
        return "skipped: webhook or event gone"
    delivery = delivery_build(webhook=webhook, entry=entry)
    request = urllib.request.Request(
        webhook.url, data=delivery.body, headers=delivery.headers, method="POST"
    )
    timeout = getattr(settings, "WEBHOOK_TIMEOUT", 10.0)
    try:
        with open_url(
            request, timeout=timeout, allow_private=settings.OUTBOUND_ALLOW_PRIVATE
        ) as response:
            outcome = f"{response.status}"
    except BlockedAddress as exc:
        outcome = f"refused: {exc}"[:200]
        _record(webhook, outcome)
        return outcome  # the address will not become public on a retry
    except urllib.error.HTTPError as exc:
        outcome = f"{exc.code}"
        _record(webhook, outcome)
        if exc.code >= 500 or exc.code == 429:
            raise DeliveryFailed(f"{webhook.url} answered {exc.code}") from None
        return outcome  # a 4xx will not change on a retry
    except (urllib.error.URLError, OSError) as exc:
        _record(webhook, f"unreachable: {exc}"[:200])
        raise DeliveryFailed(f"{webhook.url} unreachable: {exc}") from None
    _record(webhook, outcome)
    return outcome


def _record(webhook: Webhook, outcome: str) -> None:
    Webhook.objects.filter(pk=webhook.pk).update(
        last_delivery_at=timezone.now(), last_status=outcome[:200]
    )
