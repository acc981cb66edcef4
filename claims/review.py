"""Editors' decisions on the claim graph: reviewing relations, raising and resolving flags.

Every change writes an AuditEntry in the same transaction, so the history on an item is
never behind the item itself. Callers check permissions (claims.roles) before calling.
"""

from django.db import transaction
from django.utils import timezone

from .models import AuditEntry, Flag, Relation, Statement


class ReviewError(ValueError):
    """A decision that does not apply to the item as it is now."""


@transaction.atomic
def relation_review(*, relation: Relation, actor, status: str, note: str = "") -> Relation:
    if status not in Relation.Review.values:
        raise ReviewError(f"unknown review status {status!r}")
    relation = Relation.objects.select_for_update().get(pk=relation.pk)
    previous = relation.review_status
    relation.review_status = status
    relation.reviewed_by = actor
    relation.reviewed_at = timezone.now()
    relation.save(update_fields=["review_status", "reviewed_by", "reviewed_at", "updated_at"])
    AuditEntry.objects.create(
        actor=actor,
        action=f"relation.{status}",
        relation=relation,
        note=note,
        details={"from": previous, "to": status},
    )
    return relation


@transaction.atomic
def relation_mark_contradiction(*, relation: Relation, actor, note: str) -> Flag:
    """Confirm a relation and flag it as a contradiction to be resolved."""
    relation_review(relation=relation, actor=actor, status=Relation.Review.CONFIRMED, note=note)
    return flag_raise(relation=relation, actor=actor, note=note or "Contradiction")


@transaction.atomic
def flag_raise(
    *,
    actor,
    note: str,
    statement: Statement | None = None,
    relation: Relation | None = None,
    assignee=None,
) -> Flag:
    if (statement is None) == (relation is None):
        raise ReviewError("a flag is raised on exactly one statement or relation")
    if not note.strip():
        raise ReviewError("a flag needs a note")
    flag = Flag.objects.create(
        statement=statement,
        relation=relation,
        note=note.strip(),
        raised_by=actor,
        assignee=assignee,
    )
    AuditEntry.objects.create(
        actor=actor,
        action="flag.raised",
        flag=flag,
        relation=relation,
        note=flag.note,
        details={"statement": statement.pk if statement else None},
    )
    return flag


@transaction.atomic
def flag_assign(*, flag: Flag, actor, assignee) -> Flag:
    flag = Flag.objects.select_for_update().get(pk=flag.pk)
    previous = flag.assignee_id
    flag.assignee = assignee
    flag.save(update_fields=["assignee", "updated_at"])
    AuditEntry.objects.create(
        actor=actor,
        action="flag.assigned",
        flag=flag,
        relation_id=flag.relation_id,
        details={"from": previous, "to": assignee.pk if assignee else None},
    )
    return flag


@transaction.atomic
def flag_resolve(*, flag: Flag, actor, resolution: str = "") -> Flag:
    flag = Flag.objects.select_for_update().get(pk=flag.pk)
    if flag.status == Flag.Status.RESOLVED:
        raise ReviewError("this flag is already resolved")
    flag.status = Flag.Status.RESOLVED
    flag.resolved_by = actor
    flag.resolved_at = timezone.now()
    flag.resolution = resolution.strip()
    flag.save(update_fields=["status", "resolved_by", "resolved_at", "resolution", "updated_at"])
    AuditEntry.objects.create(
        actor=actor,
        action="flag.resolved",
        flag=flag,
        relation_id=flag.relation_id,
        note=flag.resolution,
    )
    return flag
