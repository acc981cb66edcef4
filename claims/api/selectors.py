"""Reads for the API: every queryset loads what its serializer touches, in a fixed number of
queries however many rows a page has."""

from django.db.models import Count, Prefetch, QuerySet

from articles.models import Article, Outlet
from claims.models import Claim, Flag, Relation, Speaker, Statement

STATEMENT_RELATED = ("article__outlet", "speaker")


def outlet_queryset() -> QuerySet:
    return Outlet.objects.all()


def statement_queryset() -> QuerySet:
    return Statement.objects.select_related(*STATEMENT_RELATED)


def article_queryset() -> QuerySet:
    statements = Statement.objects.select_related("speaker").order_by("content_start")
    return Article.objects.select_related("outlet").prefetch_related(
        Prefetch("statements", queryset=statements)
    )


def article_status_queryset() -> QuerySet:
    return Article.objects.annotate(statement_count=Count("statements"))


def speaker_queryset() -> QuerySet:
    return Speaker.objects.prefetch_related("aliases")


def claim_queryset() -> QuerySet:
    members = statement_queryset().order_by("article__published_at", "id")
    return Claim.objects.select_related("speaker").prefetch_related(
        Prefetch("statements", queryset=members)
    )


def relation_queryset() -> QuerySet:
    related = [f"statement_{side}__{path}" for side in "ab" for path in STATEMENT_RELATED]
    return Relation.objects.select_related(*related, "reviewed_by")


def flag_queryset() -> QuerySet:
    return Flag.objects.select_related("raised_by", "assignee", "resolved_by")
