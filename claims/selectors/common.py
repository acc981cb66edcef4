"""Query building blocks shared by the pages."""

from django.db.models import F, QuerySet

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


def discrepancies() -> QuerySet[Relation]:
    """Relations that say two outlets differ, as opposed to agreeing."""
    return Relation.objects.exclude(type=Relation.Type.AGREES)


def audit_joined(queryset: QuerySet[AuditEntry]) -> QuerySet[AuditEntry]:
    return queryset.select_related("actor").order_by("-created_at", "-id")


# Dashboard ---------------------------------------------------------------------------------
