"""Reads for cross-referencing: the statements of other articles worth comparing with one.

Blocking keeps the work per new article independent of the size of the graph: only
statements of other articles published within a window around this one that share a
blocking key with it (claims.crossref.keys), at most `limit` of them per statement, those
sharing the rarest keys first, and a bounded number of different ones per article.
"""

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q, QuerySet

from articles.models import Article
from claims.models import Statement

from .types import ComparableStatement

WINDOW = timedelta(days=10)
# Reports of one claim share their rare keys, so the best-ranked score hold them; a longer
# list only adds statements that share a common word.
CANDIDATE_LIMIT = 20
# Statements of one article mostly find the same few reports of their story. Past this many
# different candidates per statement of its own, an article takes each statement's best in
# turn, so its cost stays bounded where the window is crowded.
DISTINCT_PER_STATEMENT = 8

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
    "speaker_text",
)


def comparables(ids: Iterable[int]) -> dict[int, ComparableStatement]:
    """The comparable view of many statements in one query, without model instances."""
    found = {}
    for row in Statement.objects.filter(pk__in=list(ids)).values_list(*_COMPARABLE_FIELDS):
        pk, article_id, outlet, published_at, created_at, speaker_id, speaker = row[:7]
        content, kind, channel, cue, said_on, speaker_text = row[7:]
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
            speaker_mention=speaker_text,
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
    time that share a blocking key with it, the most alike first.

    Alike is the keys they share, each weighted by how rare it is in the window (a story's
    names and topic words say more than "government"), plus the speaker when the same,
    weighted the same way (one of many statements of a head of state says less than one
    of two by a local official).
    """
    own = list(article.statements.values_list("pk", "speaker_id", "match_keys"))
    keys_of = {pk: keys.split() for pk, _, keys in own}
    wanted = {key for keys in keys_of.values() for key in keys}
    if not wanted:
        return {pk: [] for pk, _, _ in own}
    window = _window(article, wanted)
    ranked = {pk: _most_alike(keys_of[pk], speaker, window, limit) for pk, speaker, _ in own}
    return _within_budget(ranked, DISTINCT_PER_STATEMENT * len(own))


def _within_budget(ranked: dict[int, list[int]], budget: int) -> dict[int, list[int]]:
    """Each statement's candidates, keeping at most `budget` different ones in all: every
    statement's best first, then every statement's second, and so on. A candidate already
    kept costs nothing more for another statement."""
    kept: set[int] = set()
    for depth in range(max(map(len, ranked.values()), default=0)):
        for candidates in ranked.values():
            if depth < len(candidates) and len(kept) < budget:
                kept.add(candidates[depth])
    return {pk: [c for c in candidates if c in kept] for pk, candidates in ranked.items()}


@dataclass(frozen=True)
class _Window:
    size: int  # statements in the window
    holders: dict[str, list[int]]  # key -> the statements holding it
    speakers: Counter  # speaker id -> how many statements of the window are theirs
    voiced: dict[int | None, list[int]]  # speaker id -> their statements holding a key


def _window(article: Article, wanted: set[str]) -> _Window:
    """One pass over the window: who holds which of the `wanted` keys, and who speaks."""
    # The keys are matched here rather than through the text index: the window holds few
    # enough statements, and weighing the shared keys ranks the candidates at the same time.
    holders: dict[str, list[int]] = defaultdict(list)
    voiced: dict[int | None, list[int]] = defaultdict(list)
    speakers: Counter = Counter()
    rows = _nearby(article).order_by().values_list("pk", "speaker_id", "match_keys")
    for other, speaker_id, keys in rows:
        speakers[speaker_id] += 1
        shared = wanted.intersection(keys.split())
        if shared:
            voiced[speaker_id].append(other)
            for key in shared:
                holders[key].append(other)
    return _Window(sum(speakers.values()), holders, speakers, voiced)


def _most_alike(keys: list[str], speaker_id: int | None, window: _Window, limit: int) -> list[int]:
    weights: dict[int, float] = defaultdict(float)
    for key in keys:
        holders = window.holders.get(key)
        if holders:
            rarity = _rarity(window.size, len(holders))
            for other in holders:
                weights[other] += rarity
    if speaker_id is not None:
        bonus = _rarity(window.size, window.speakers[speaker_id])
        for other in window.voiced.get(speaker_id, ()):
            if other in weights:
                weights[other] += bonus
    # Ties go to the newer statement, so the choice never depends on the order rows arrive.
    ranked = heapq.nlargest(limit, ((weight, other) for other, weight in weights.items()))
    return [other for _, other in ranked]


def _rarity(window: int, holders: int) -> float:
    """How telling it is to share something that `holders` of the `window` statements have:
    inverse document frequency, positive however common."""
    return math.log(1 + window / max(holders, 1))
