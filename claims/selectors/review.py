"""Reads behind the review queue, relation pages and flags."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import F, Max, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from articles.models import Outlet
from claims.grouping import group_by_claim
from claims.models import AuditEntry, Flag, Relation, Statement

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
    return relations_joined(relations).prefetch_related(OPEN_FLAGS).order_by("-score", "-id")


# Claims per page of the grouped queue.
GROUPS_PER_PAGE = 25


def claim_queue(*, page: str | int | None = None, **filters) -> Page:
    """The queue grouped by claim, most confident first: one row per claim with its
    differences side by side (claims.grouping); a page of groups is read in three queries,
    whatever the number of relations behind them."""
    relations = relation_queue(**filters)
    groups = (
        relations.order_by()
        .annotate(group=Coalesce(F("claim_id"), -F("id")))
        .values("group")
        .annotate(confidence=Max("score"), newest=Max("id"))
        .order_by("-confidence", "-newest")
    )
    paged = Paginator(groups, GROUPS_PER_PAGE).get_page(page)
    keys = [row["group"] for row in paged.object_list]
    claim_ids = [key for key in keys if key > 0]
    rows = relations.filter(Q(claim_id__in=claim_ids) | Q(pk__in=[-k for k in keys if k < 0]))
    paged.object_list = group_by_claim(rows, outlets_of=claim_outlets(claim_ids))
    return paged


def claim_outlets(claim_ids) -> dict[int, list[str]]:
    """The outlets carrying each claim, in the order they reported it, in one query."""
    outlets: dict[int, list[str]] = {}
    carried = (
        Statement.objects.filter(claim_id__in=list(claim_ids))
        .order_by("article__published_at", "article_id")
        .values_list("claim_id", "article__outlet__name")
    )
    for claim_id, outlet in carried:
        if outlet not in outlets.setdefault(claim_id, []):
            outlets[claim_id].append(outlet)
    return outlets


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


def claim_discrepancies(*, claim_id: int) -> list:
    """One claim's shown discrepancies, grouped (a single group, or none), dismissed ones
    left out."""
    relations = (
        relation_queue().filter(claim_id=claim_id).exclude(review_status=Relation.Review.DISMISSED)
    )
    return group_by_claim(relations, outlets_of=claim_outlets([claim_id]))
