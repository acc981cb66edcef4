"""Reads for cross-referencing: the statements of other articles worth comparing with one.

Blocking keeps the work per new statement independent of the size of the graph: only
statements of other articles published within a window around this one that share a
blocking key with it (claims.crossref.keys, a GIN index), at most `limit` of them.
"""

from datetime import timedelta

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from claims.models import Statement

from .types import ComparableStatement

WINDOW = timedelta(days=10)
CANDIDATE_LIMIT = 150


def comparable_from(statement: Statement) -> ComparableStatement:
    """The plain view of a stored statement that the pure scorer compares."""
    article = statement.article
    published = article.published_at or article.created_at
    return ComparableStatement(
        key=str(statement.pk),
        article_key=str(statement.article_id),
        outlet=article.outlet.name,
        speaker=statement.speaker.canonical_name if statement.speaker_id else "",
        speaker_key=str(statement.speaker_id or ""),
        content=statement.content,
        kind=statement.kind,
        channel=statement.channel,
        cue=statement.cue,
        published=published.date() if published else None,
        said_on=statement.said_on,
    )


def graph_statements() -> QuerySet:
    return Statement.objects.select_related("article__outlet", "speaker")


def statement_candidates(statement: Statement, *, limit: int = CANDIDATE_LIMIT) -> list[Statement]:
    """Statements of other articles near in time that share a blocking key with this one,
    the same speaker first, then those sharing the most keys."""
    keys = statement.match_keys.split()
    if not keys:
        return []
    article = statement.article
    reference = article.published_at or article.created_at
    span = (reference - WINDOW, reference + WINDOW)
    nearby = Statement.objects.exclude(article_id=statement.article_id).filter(
        Q(article__published_at__range=span)
        | Q(article__published_at__isnull=True, article__created_at__range=span)
    )
    same_speaker = (
        Case(
            When(speaker_id=statement.speaker_id, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        if statement.speaker_id
        else Value(1, output_field=IntegerField())
    )
    if connection.vendor == "postgresql":
        # Same expression as the statement_match_keys GIN index (migration 0006).
        query = SearchQuery(" | ".join(keys), search_type="raw", config="simple")
        vector = SearchVector("match_keys", config="simple")
        ranked = (
            nearby.annotate(keys=vector)
            .filter(keys=query)
            .annotate(first=same_speaker, rank=SearchRank(vector, query))
            .order_by("first", "-rank", "-id")
        )
    else:
        shares_a_key = Q()
        for key in keys:
            shares_a_key |= Q(match_keys__contains=f" {key} ")
        ranked = nearby.filter(shares_a_key).annotate(first=same_speaker).order_by("first", "-id")
    ids = list(ranked.values_list("id", flat=True)[:limit])
    return list(graph_statements().filter(pk__in=ids))
