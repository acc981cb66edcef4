"""Full-text search with facet counts."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate

from articles.models import Article
from claims.models import Relation, Statement

from .common import NEWEST_FIRST


@dataclass
class Facet:
    value: str
    label: str
    count: int


@dataclass
class SearchResults:
    statements: QuerySet[Statement]
    articles: list[Article]
    facets: dict[str, list[Facet]]


def search(
    *,
    q: str = "",
    speaker: int | None = None,
    outlet: str = "",
    day: date | None = None,
    type: str = "",
    articles: int = 10,
) -> SearchResults:
    """Statements and articles matching `q` (full-text), narrowed by the chosen facets; each
    facet counts the matching statements per value."""
    from claims.search import articles_search, statements_search

    statements = statements_search(Statement.objects.all(), q)
    found = articles_search(Article.objects.select_related("outlet"), q)
    if speaker:
        statements = statements.filter(speaker_id=speaker)
    if outlet:
        statements = statements.filter(article__outlet__slug=outlet)
        found = found.filter(outlet__slug=outlet)
    if day:
        statements = statements.filter(article__published_at__date=day)
        found = found.filter(published_at__date=day)
    if type:
        statements = statements.filter(
            Exists(
                Relation.objects.filter(type=type).filter(
                    Q(statement_a=OuterRef("pk")) | Q(statement_b=OuterRef("pk"))
                )
            )
        )
    ranked = q.strip() and "rank" in statements.query.annotations
    statements = statements.select_related("speaker", "article__outlet").order_by(
        *(("-rank",) if ranked else ()), F("article__published_at").desc(nulls_last=True), "id"
    )
    found = found.order_by(*(("-rank",) if ranked else ()), *NEWEST_FIRST)
    return SearchResults(statements, list(found[:articles]), _facets(statements))


def _facets(statements: QuerySet[Statement]) -> dict[str, list[Facet]]:
    matching = Statement.objects.filter(pk__in=statements.values("pk"))

    def counted(queryset, value: str, label: str) -> list[Facet]:
        rows = queryset.values(value, label).annotate(n=Count("pk", distinct=True))
        return [
            Facet(str(r[value]), str(r[label]), r["n"])
            for r in rows.order_by("-n", label)[:12]
            if r[value] is not None
        ]

    types = dict(Relation.Type.choices)
    by_type = (
        Relation.objects.filter(Q(statement_a__in=matching) | Q(statement_b__in=matching))
        .values("type")
        .annotate(n=Count("pk"))
        .order_by("-n", "type")
    )
    days = (
        matching.filter(article__published_at__isnull=False)
        .annotate(day=TruncDate("article__published_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by("-day")[:12]
    )
    return {
        "speaker": counted(matching, "speaker_id", "speaker__canonical_name"),
        "outlet": counted(matching, "article__outlet__slug", "article__outlet__name"),
        "day": [Facet(r["day"].isoformat(), f"{r['day']:%-d %b %Y}", r["n"]) for r in days],
        "type": [Facet(r["type"], types.get(r["type"], r["type"]), r["n"]) for r in by_type],
    }
