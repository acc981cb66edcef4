"""Reads for cross-referencing: the statements of other articles worth comparing with one.

Blocking keeps the work per new article independent of the size of the graph: only
statements of other articles published within a window around this one that share a
blocking key with it (claims.crossref.keys), at most `limit` of them per statement, those
sharing the most keys first.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from django.db.models import Q, QuerySet

from articles.models import Article
from claims.models import Statement

from .types import ComparableStatement

WINDOW = timedelta(days=10)
# Reports of one claim share many keys, so the best-ranked few dozen hold them; a longer
# list only adds statements that share a common word.
CANDIDATE_LIMIT = 50
# The same speaker counts as much as one more shared key when ranking candidates.
SAME_SPEAKER_KEYS = 1

_COMPARABLE_FIELDS = (
    "pk",
    "article_id",
    "article__outlet__name",
    "article__published_at",
    "article__created_at",
    "speaker_id",
    "speaker__canonical_name",
    "content",
    "kind",
    "channel",
    "cue",
    "said_on",
)


def comparables(ids: Iterable[int]) -> dict[int, ComparableStatement]:
    """The comparable view of many statements in one query, without model instances."""
    found = {}
    for row in Statement.objects.filter(pk__in=list(ids)).values_list(*_COMPARABLE_FIELDS):
        pk, article_id, outlet, published_at, created_at, speaker_id, speaker = row[:7]
        content, kind, channel, cue, said_on = row[7:]
        published = published_at or created_at
        found[pk] = ComparableStatement(
            key=str(pk),
            article_key=str(article_id),
            outlet=outlet,
            speaker=speaker if speaker_id else "",
            speaker_key=str(speaker_id or ""),
            content=content,
            kind=kind,
            channel=channel,
            cue=cue,
            published=published.date() if published else None,
            said_on=said_on,
        )
    return found


def _nearby(article: Article) -> QuerySet:
    """Statements with blocking keys of the other articles in the time window."""
    reference = article.published_at or article.created_at
    span = (reference - WINDOW, reference + WINDOW)
    # Articles first, through their publication index; then their statements by article.
    articles = (
        Article.objects.filter(
            Q(published_at__range=span) | Q(published_at__isnull=True, created_at__range=span)
        )
        .exclude(pk=article.pk)
        .values("pk")
    )
    return Statement.objects.filter(article_id__in=articles).exclude(match_keys="")


def article_candidates(article: Article, *, limit: int = CANDIDATE_LIMIT) -> dict[int, list[int]]:
    """For each statement of the article, the ids of statements of other articles near in
    time that share a blocking key with it, those sharing the most keys (the same speaker
    counting as one more) first.

    Sharing a key and being in each other's window are both symmetric, so a pair found from
    one article is found from the other too.
    """
    own = list(article.statements.values_list("pk", "speaker_id", "match_keys"))
    shared: dict[int, dict[int, int]] = {pk: {} for pk, _, _ in own}
    counters: dict[str, list[dict[int, int]]] = defaultdict(list)
    for pk, _, keys in own:
        for key in keys.split():
            counters[key].append(shared[pk])
    if not counters:
        return {pk: [] for pk, _, _ in own}
    speakers: dict[int, int | None] = {}
    # The keys are matched here rather than through the text index: the window holds few
    # enough statements, and counting shared keys ranks the candidates at the same time.
    rows = _nearby(article).order_by().values_list("pk", "speaker_id", "match_keys")
    for other, speaker_id, keys in rows:
        speakers[other] = speaker_id
        for key in keys.split():
            for counts in counters.get(key, ()):
                counts[other] = counts.get(other, 0) + 1
    found = {}
    for pk, speaker_id, _ in own:
        counts = shared[pk]

        def rank(other: int, counts=counts, speaker_id=speaker_id) -> tuple[int, int]:
            same = speaker_id is not None and speakers[other] == speaker_id
            return (-(counts[other] + (SAME_SPEAKER_KEYS if same else 0)), -other)

        found[pk] = sorted(counts, key=rank)[:limit]
    return found
