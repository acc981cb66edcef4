"""Reads behind the review queue, relation pages and flags."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from articles.models import Outlet
from claims.models import AuditEntry, Flag, Relation

from .common import audit_joined, discrepancies, relations_joined

OPEN_FLAGS = Prefetch(
    "flags",
    queryset=Flag.objects.filter(status=Flag.Status.OPEN).select_related("assignee"),
    to_attr="open_flags",
)


def relation_queue(
    *, type: str = "", outlet: str = "", speaker: int | None = None, status: str = ""
) -> QuerySet[Relation]:
    relations = discrepancies()
    if type:
        relations = relations.filter(type=type)
    if status:
        relations = relations.filter(review_status=status)
    if outlet:
        relations = relations.filter(
            Q(statement_a__article__outlet__slug=outlet)
            | Q(statement_b__article__outlet__slug=outlet)
        )
    if speaker:
        relations = relations.filter(
            Q(statement_a__speaker_id=speaker) | Q(statement_b__speaker_id=speaker)
        )
    return relations_joined(relations).prefetch_related(OPEN_FLAGS).order_by("-created_at", "-id")


@dataclass
class RelationPage:
    relation: Relation
    flags: list[Flag]
    audit: list[AuditEntry]


def relation_page(pk: int) -> RelationPage:
    relation = get_object_or_404(relations_joined(Relation.objects.select_related("claim")), pk=pk)
    flags = Flag.objects.filter(relation=relation).select_related(
        "raised_by", "assignee", "resolved_by"
    )
    audit = audit_joined(
        AuditEntry.objects.filter(Q(relation=relation) | Q(flag__relation=relation))
    )
    return RelationPage(relation, list(flags), list(audit))


def flag_list(*, status: str = Flag.Status.OPEN) -> QuerySet[Flag]:
    flags = Flag.objects.select_related(
        "statement__article__outlet",
        "statement__speaker",
        "relation__statement_a__article__outlet",
        "relation__statement_b__article__outlet",
        "raised_by",
        "assignee",
        "resolved_by",
    )
    if status:
        flags = flags.filter(status=status)
    return flags.order_by("-created_at", "-id")


def outlet_choices() -> list[tuple[str, str]]:
    return list(Outlet.objects.order_by("name").values_list("slug", "name"))


# Search ------------------------------------------------------------------------------------
