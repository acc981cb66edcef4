"""Webhook deliveries: one task per (webhook, event), retried with backoff while the receiver
is down. Registered by name so the worker finds it once claims.api.signals is imported."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from .webhooks import DeliveryFailed, webhook_deliver_now


@shared_task(
    name="claims.api.tasks.webhook_deliver",
    acks_late=True,
    autoretry_for=(DeliveryFailed, OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def webhook_deliver(webhook_id: int, entry_id: int) -> str:
    return webhook_deliver_now(webhook_id=webhook_id, entry_id=entry_id)
