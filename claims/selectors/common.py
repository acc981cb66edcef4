"""Query building blocks shared by the pages."""

from django.conf import settings
from django.db.models import F, QuerySet

from claims.crossref.types import DISCREPANCY_TYPES, WORDING
from claims.models import AuditEntry, Relation

NEWEST_FIRST = (F("published_at").desc(nulls_last=True), "-id")


def relations_joined(queryset: QuerySet[Relation]) -> QuerySet[Relation]:
    return queryset.select_related(
        "statement_a__article__outlet",
        "statement_a__speaker",
        "statement_b__article__outlet",
        "statement_b__speaker",
        "reviewed_by",
    )


# What the review queue shows: the differences of fact, and a quotation worded differently.
QUEUE_TYPES = (WORDING, *DISCREPANCY_TYPES)


def discrepancies() -> QuerySet[Relation]:
    """Relations that say two outlets differ, sure enough to be shown: a difference below
    CROSSREF_DISCREPANCY_MIN_SCORE stays unconfirmed evidence on its pair."""
    return Relation.objects.filter(
        type__in=QUEUE_TYPES, score__gte=settings.CROSSREF_DISCREPANCY_MIN_SCORE
    )


def audit_joined(queryset: QuerySet[AuditEntry]) -> QuerySet[AuditEntry]:
    return queryset.select_related("actor").order_by("-created_at", "-id")


# Dashboard ---------------------------------------------------------------------------------
