"""Writes of cross-referencing: Relation edges and Claim membership for one article.

Scoring is pure (claims.crossref.scoring); this module only decides what to store. The
result does not depend on the order articles are linked in: a pair's edges are decided by
scoring that pair alone, a run only replaces the edges of pairs it scored, and claims are
the connected groups of same-claim edges. One article at a time holds the graph lock, so
two workers linking overlapping articles see each other's statements.
"""

import zlib
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from articles.models import Article
from claims.models import Claim, Relation, Statement

from .scoring import compare_prepared
from .selectors import comparable_from, graph_statements, statement_candidates
from .similarity import prepare
from .types import PairVerdict

GRAPH_LOCK = zlib.crc32(b"newsclaims.crossref")

Pair = tuple[int, int]


@dataclass(frozen=True)
class Link:
    first: Statement  # the lower id of the two
    second: Statement
    verdict: PairVerdict | None  # None: scored and found unrelated


def _lock_graph() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [GRAPH_LOCK])


def article_links(article: Article) -> dict[Pair, Link]:
    """Every pair of (this article's statement, candidate) scored, by id pair."""
    links: dict[Pair, Link] = {}
    for statement in graph_statements().filter(article=article):
        for other in statement_candidates(statement):
            first, second = sorted((statement, other), key=lambda s: s.pk)
            if (first.pk, second.pk) in links:
                continue
            # Always scored in id order: linking A then B, or B then A, gives one answer.
            verdict = compare_prepared(
                prepare(comparable_from(first)), prepare(comparable_from(second))
            )
            links[(first.pk, second.pk)] = Link(first, second, verdict)
    return links


def article_crossref(*, article_id: int) -> int | None:
    """Link one article into the graph; returns the number of edges written.

    Re-running gives the same graph; editors' confirmed or dismissed relations are kept
    even when the engine no longer proposes them.
    """
    with transaction.atomic():
        _lock_graph()
        article = Article.objects.filter(pk=article_id).first()
        if article is None:
            return None
        links = article_links(article)
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
            wanted[(first, second, difference.type)] = (
                difference.evidence,
                round(link.verdict.score, 4),
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


def _same_claim_edges(statement_ids: set[int]) -> list[Pair]:
    return list(
        Relation.objects.filter(same_claim=True)
        .exclude(review_status=Relation.Review.DISMISSED)
        .filter(Q(statement_a_id__in=statement_ids) | Q(statement_b_id__in=statement_ids))
        .values_list("statement_a_id", "statement_b_id")
    )


def _component(start: set[int]) -> tuple[set[int], list[Pair]]:
    """The statements connected to `start` by same-claim edges, and those edges."""
    seen, frontier, edges = set(start), set(start), set()
    while frontier:
        found = _same_claim_edges(frontier)
        edges.update(found)
        frontier = {pk for edge in found for pk in edge} - seen
        seen |= frontier
    return seen, sorted(edges)


def _claims_rebuild(*, seeds: set[int]) -> None:
    """Make Claim membership equal the connected groups of same-claim edges around `seeds`."""
    remaining = set(seeds)
    touched_claims: set[int] = set()
    while remaining:
        members, edges = _component({remaining.pop()})
        remaining -= members
        current = dict(Statement.objects.filter(pk__in=members).values_list("pk", "claim_id"))
        touched_claims |= {c for c in current.values() if c}
        if not edges:  # a statement on its own belongs to no claim
            Statement.objects.filter(pk__in=members).exclude(claim=None).update(claim=None)
            continue
        claim_id = min((c for c in current.values() if c), default=None)
        if claim_id is None:
            first = Statement.objects.select_related("speaker").get(pk=min(members))
            claim_id = Claim.objects.create(summary=first.content[:500], speaker=first.speaker).pk
        Statement.objects.filter(pk__in=members).exclude(claim_id=claim_id).update(
            claim_id=claim_id
        )
        edge_filter = Q()
        for a_id, b_id in edges:
            edge_filter |= Q(statement_a_id=a_id, statement_b_id=b_id)
        Relation.objects.filter(edge_filter, same_claim=True).exclude(claim_id=claim_id).update(
            claim_id=claim_id
        )
    Relation.objects.filter(claim_id__in=touched_claims, same_claim=False).update(claim=None)
    Claim.objects.filter(pk__in=touched_claims).annotate(n=Count("statements")).filter(
        n__lt=2
    ).delete()
