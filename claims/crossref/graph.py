"""Reads over the claim graph: what is linked to a claim, a speaker's claims across outlets,
which outlets left a statement out, and the chain of relations between two statements."""

from collections import deque
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from articles.models import Outlet
from claims.models import Claim, Relation, Statement


@dataclass(frozen=True)
class ClaimGraph:
    claim: Claim
    statements: list[Statement]
    relations: list[Relation]


def claim_graph(*, claim: Claim) -> ClaimGraph:
    """Every statement of the claim and every relation touching one of them."""
    statements = list(
        claim.statements.select_related("article__outlet", "speaker").order_by(
            "article__published_at", "pk"
        )
    )
    ids = [s.pk for s in statements]
    relations = list(
        Relation.objects.filter(Q(statement_a_id__in=ids) | Q(statement_b_id__in=ids))
        .select_related("statement_a__article__outlet", "statement_b__article__outlet")
        .order_by("type", "pk")
    )
    return ClaimGraph(claim=claim, statements=statements, relations=relations)


def speaker_claims(*, speaker_id: int) -> QuerySet:
    """The claims a speaker is part of, with how many outlets carry each, widest first."""
    return (
        Claim.objects.filter(statements__speaker_id=speaker_id)
        .annotate(
            outlets=Count("statements__article__outlet", distinct=True),
            reports=Count("statements", distinct=True),
        )
        .order_by("-outlets", "-updated_at")
        .distinct()
    )


def story_articles(*, article_id: int) -> set[int]:
    """The articles that cover the same story: linked to this one by any relation."""
    pairs = Relation.objects.filter(
        Q(statement_a__article_id=article_id) | Q(statement_b__article_id=article_id)
    ).values_list("statement_a__article_id", "statement_b__article_id")
    return {article for pair in pairs for article in pair} | {article_id}


def statement_blindspots(*, statement: Statement) -> QuerySet:
    """Outlets that covered the story but did not report this statement."""
    story = story_articles(article_id=statement.article_id)
    reporting = {statement.article_id}
    if statement.claim_id:
        reporting |= set(statement.claim.statements.values_list("article_id", flat=True))
    for pair in (
        Relation.objects.filter(Q(statement_a=statement) | Q(statement_b=statement))
        .exclude(review_status=Relation.Review.DISMISSED)
        .values_list("statement_a__article_id", "statement_b__article_id")
    ):
        reporting.update(pair)
    covering = Outlet.objects.filter(articles__in=story).distinct()
    return covering.exclude(articles__in=reporting).order_by("name")


def relation_path(*, start: Statement, goal: Statement, max_depth: int = 6) -> list[Relation]:
    """The shortest chain of relations from one statement to another ([] if none within
    `max_depth` steps); breadth-first, one query per step."""
    if start.pk == goal.pk:
        return []
    came_from: dict[int, Relation] = {}
    frontier, seen = deque([start.pk]), {start.pk}
    for _ in range(max_depth):
        step = list(frontier)
        frontier.clear()
        for relation in Relation.objects.filter(
            Q(statement_a_id__in=step) | Q(statement_b_id__in=step)
        ).exclude(review_status=Relation.Review.DISMISSED):
            for here, there in (
                (relation.statement_a_id, relation.statement_b_id),
                (relation.statement_b_id, relation.statement_a_id),
            ):
                if here in step and there not in seen:
                    seen.add(there)
                    came_from[there] = relation
                    frontier.append(there)
        if goal.pk in seen:
            break
    if goal.pk not in came_from:
        return []
    path, node = [], goal.pk
    while node != start.pk:
        relation = came_from[node]
        path.append(relation)
        node = (
            relation.statement_a_id if relation.statement_b_id == node else relation.statement_b_id
        )
    return path[::-1]
