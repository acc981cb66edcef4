"""Writes of cross-referencing: Relation edges and Claim membership for one article.

Scoring is pure (claims.crossref.scoring); this module only decides what to store. The
result does not depend on the order articles are linked in: a pair's edges are decided by
scoring that pair alone, a run only replaces the edges of pairs it scored, and claims are
the connected groups of same-claim edges. One article at a time holds the graph lock while
its edges are decided and written, so two workers linking overlapping articles see each
other's statements.
"""

import zlib
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from articles.models import Article
from claims.models import Claim, Relation, Statement

from .scoring import compare_prepared
from .selectors import article_candidates, comparables
from .similarity import prepare
from .types import ComparableStatement, PairVerdict

GRAPH_LOCK = zlib.crc32(b"newsclaims.crossref")

Pair = tuple[int, int]


@dataclass(frozen=True)
class Link:
    first: int  # the lower id of the two
    second: int
    verdict: PairVerdict | None  # None: scored and found unrelated
    compared: tuple[ComparableStatement, ComparableStatement]  # what the verdict was on


def _lock_graph(*, wait: bool = True) -> bool:
    """Take the graph lock for the rest of the transaction; without `wait`, only if it is
    free. Returns whether it is held."""
    if connection.vendor != "postgresql":
        return True
    function = "pg_advisory_xact_lock" if wait else "pg_try_advisory_xact_lock"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {function}(%s)", [GRAPH_LOCK])
        return wait or bool(cursor.fetchone()[0])


def article_links(article: Article, *, known: dict[Pair, Link] | None = None) -> dict[Pair, Link]:
    """Every pair of (this article's statement, candidate) scored, by id pair.

    A pair in `known` whose two statements still read the same keeps its verdict there.
    """
    known = known or {}
    candidates = article_candidates(article)
    pairs = {
        (min(pk, other), max(pk, other)) for pk, others in candidates.items() for other in others
    }
    plain = comparables({pk for pair in pairs for pk in pair})
    links: dict[Pair, Link] = {}
    # Always scored in id order: linking A then B, or B then A, gives one answer.
    for first, second in sorted(pairs):
        if first not in plain or second not in plain:
            continue  # deleted meanwhile
        compared = (plain[first], plain[second])
        link = known.get((first, second))
        if link is None or link.compared != compared:
            verdict = compare_prepared(
                prepare(compared[0]),
                prepare(compared[1]),
                discrepancy_threshold=settings.CROSSREF_DISCREPANCY_MIN_SCORE,
            )
            link = Link(first, second, verdict, compared)
        links[(first, second)] = link
    return links


def article_crossref(*, article_id: int) -> int | None:
    """Link one article into the graph; returns the number of edges written.

    Re-running gives the same graph; editors' confirmed or dismissed relations are kept
    even when the engine no longer proposes them.
    """
    with transaction.atomic():
        known: dict[Pair, Link] = {}
        if not _lock_graph(wait=False):
            # Another worker is writing: score meanwhile, then under the lock read the
            # candidates again and score only pairs that are new or whose statements changed
            # since. What is written is what scoring under the lock alone would write.
            article = Article.objects.filter(pk=article_id).first()
            known = article_links(article) if article is not None else {}
            _lock_graph()
        article = Article.objects.filter(pk=article_id).first()
        if article is None:
            return None
        links = article_links(article, known=known)
        count, touched = _relations_write(links)
        # Only statements whose same-claim edges may have changed can change claim.
        _claims_rebuild(seeds=touched | set(article.statements.values_list("pk", flat=True)))
        Article.objects.filter(pk=article_id).update(linked_at=timezone.now())
    return count


def _relations_write(links: dict[Pair, Link]) -> tuple[int, set[int]]:
    """Store the verdicts of the scored pairs; returns the number of edges wanted and the
    statements of pairs that have, or had, a same-claim edge."""
    wanted: dict[tuple[int, int, str], tuple[dict, float, bool]] = {}
    for (first, second), link in links.items():
        if link.verdict is None:
            continue
        for difference in link.verdict.relations:
            score = link.verdict.score if difference.score is None else difference.score
            wanted[(first, second, difference.type)] = (
                difference.evidence,
                round(score, 4),
                link.verdict.same_claim,
            )
    existing: dict[tuple[int, int, str], Relation] = {}
    if links:
        # A superset of the scored pairs' rows in one indexed query, narrowed in Python.
        rows = Relation.objects.filter(
            statement_a_id__in={first for first, _ in links},
            statement_b_id__in={second for _, second in links},
        )
        existing = {
            (r.statement_a_id, r.statement_b_id, r.type): r
            for r in rows
            if (r.statement_a_id, r.statement_b_id) in links
        }
    touched = {pk for (a, b, _), (_, _, same) in wanted.items() if same for pk in (a, b)}
    touched |= {pk for (a, b, _), r in existing.items() if r.same_claim for pk in (a, b)}
    stale = [
        r.pk
        for key, r in existing.items()
        if key not in wanted and r.review_status == Relation.Review.SUGGESTED
    ]
    Relation.objects.filter(pk__in=stale).delete()
    new_rows = []
    for (a_id, b_id, kind), (evidence, score, same) in wanted.items():
        row = existing.get((a_id, b_id, kind))
        if row is None:
            new_rows.append(
                Relation(
                    statement_a_id=a_id,
                    statement_b_id=b_id,
                    type=kind,
                    evidence=evidence,
                    score=score,
                    same_claim=same,
                )
            )
        elif (row.evidence, row.score, row.same_claim) != (evidence, score, same):
            row.evidence, row.score, row.same_claim = evidence, score, same
            row.save(update_fields=["evidence", "score", "same_claim", "updated_at"])
    Relation.objects.bulk_create(new_rows)
    return len(wanted), touched


@dataclass(frozen=True)
class _Edge:
    relation: int
    pair: Pair
    claim: int | None


def _same_claim_edges(statement_ids: set[int]) -> list[_Edge]:
    rows = (
        Relation.objects.filter(same_claim=True)
        .exclude(review_status=Relation.Review.DISMISSED)
        .filter(Q(statement_a_id__in=statement_ids) | Q(statement_b_id__in=statement_ids))
        .values_list("pk", "statement_a_id", "statement_b_id", "claim_id")
    )
    return [_Edge(pk, (a_id, b_id), claim_id) for pk, a_id, b_id, claim_id in rows]


def _closure(start: set[int]) -> tuple[set[int], list[_Edge]]:
    """The statements connected to `start` by same-claim edges, and those edges: one query
    per step outwards, whatever the number of groups."""
    seen, frontier, edges = set(start), set(start), {}
    while frontier:
        found = _same_claim_edges(frontier)
        edges.update((edge.relation, edge) for edge in found)
        frontier = {pk for edge in found for pk in edge.pair} - seen
        seen |= frontier
    return seen, sorted(edges.values(), key=lambda edge: edge.relation)


def _groups(members: set[int], edges: list[_Edge]) -> list[tuple[set[int], list[_Edge]]]:
    """The connected groups of `members` under `edges`, each with its edges, in id order."""
    parent = {pk: pk for pk in members}

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    for edge in edges:
        a_id, b_id = edge.pair
        parent[root(a_id)] = root(b_id)
    groups: dict[int, tuple[set[int], list[_Edge]]] = {}
    for pk in members:
        groups.setdefault(root(pk), (set(), []))[0].add(pk)
    for edge in edges:
        groups[root(edge.pair[0])][1].append(edge)
    return sorted(groups.values(), key=lambda group: min(group[0]))


def _claims_rebuild(*, seeds: set[int]) -> None:
    """Make Claim membership equal the connected groups of same-claim edges around `seeds`."""
    if not seeds:
        return
    members, edges = _closure(set(seeds))
    current = dict(Statement.objects.filter(pk__in=members).values_list("pk", "claim_id"))
    touched_claims = {c for c in current.values() if c}
    taken: set[int] = set()
    statement_claim: dict[int, int | None] = {}
    relation_claim: dict[int, int | None] = {}
    unclaimed: list[tuple[set[int], list[_Edge]]] = []
    for group, group_edges in _groups(members, edges):
        if not group_edges:  # a statement on its own belongs to no claim
            statement_claim.update((pk, None) for pk in group if current.get(pk))
            continue
        # A group keeps the oldest claim among its members that no other group has kept, so
        # a claim split in two keeps its id on one side and the other side gets a new one.
        claim_id = min(
            (current[pk] for pk in group if current.get(pk) not in (None, *taken)), default=None
        )
        if claim_id is None:
            unclaimed.append((group, group_edges))
            continue
        taken.add(claim_id)
        _assign(claim_id, group, group_edges, current, statement_claim, relation_claim)
    for claim_id, (group, group_edges) in zip(_new_claims(unclaimed), unclaimed, strict=True):
        _assign(claim_id, group, group_edges, current, statement_claim, relation_claim)
    _set_claims(Statement, statement_claim)
    _set_claims(Relation, relation_claim)
    Relation.objects.filter(claim_id__in=touched_claims, same_claim=False).update(claim=None)
    Claim.objects.filter(pk__in=touched_claims).annotate(n=Count("statements")).filter(
        n__lt=2
    ).delete()


def _assign(claim_id, group, group_edges, current, statement_claim, relation_claim) -> None:
    """Note the changes that put `group` and its edges (every same-claim edge touching the
    group lies inside it) in `claim_id`."""
    statement_claim.update((pk, claim_id) for pk in group if current.get(pk) != claim_id)
    relation_claim.update(
        (edge.relation, claim_id) for edge in group_edges if edge.claim != claim_id
    )


def _new_claims(groups: list[tuple[set[int], list[_Edge]]]) -> list[int]:
    """One new claim per group, summarised by its first statement, in one insert."""
    if not groups:
        return []
    first_ids = [min(group) for group, _ in groups]
    firsts = {
        pk: (content, speaker_id)
        for pk, content, speaker_id in Statement.objects.filter(pk__in=first_ids).values_list(
            "pk", "content", "speaker_id"
        )
    }
    claims = [Claim(summary=firsts[pk][0][:500], speaker_id=firsts[pk][1]) for pk in first_ids]
    return [claim.pk for claim in Claim.objects.bulk_create(claims)]


def _set_claims(model, claim_of: dict[int, int | None]) -> None:
    """Give each row its claim: one update per claim (a CASE over the rows costs more to
    build than the few updates it saves)."""
    rows_of: dict[int | None, list[int]] = defaultdict(list)
    for pk, claim_id in claim_of.items():
        rows_of[claim_id].append(pk)
    for claim_id, rows in rows_of.items():
        model.objects.filter(pk__in=rows).update(claim_id=claim_id)
