"""Connects the webhooks to the review trail: a new AuditEntry "relation.confirmed" for a
discrepancy (any relation type but "agrees") queues a delivery to every active webhook.

Imported once at startup (ClaimsConfig.ready), which also registers claims.api.tasks.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from claims.models import AuditEntry

from . import tasks  # noqa: F401  (registers the delivery task in web and worker processes)
from .webhooks import is_discrepancy_confirmation, webhooks_enqueue_for


@receiver(post_save, sender=AuditEntry, dispatch_uid="claims.api.webhooks_on_confirmation")
def enqueue_webhooks(sender, instance: AuditEntry, created: bool, raw: bool = False, **kwargs):
    if created and not raw and is_discrepancy_confirmation(instance):
        webhooks_enqueue_for(entry=instance)
