"""Reads behind the side-by-side comparison: statements aligned in rows."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from articles.models import Article
from claims.models import Relation, Speaker, Statement

from .common import NEWEST_FIRST

PALETTE_SIZE = 8


def speaker_colour(index: int, speaker: Speaker | None) -> int:
    """Colour slot 1..8 in order of first appearance; 0 for the outlet's own voice."""
    return 0 if speaker is None else index % PALETTE_SIZE + 1


# Comparison --------------------------------------------------------------------------------


@dataclass
class Cell:
    article: Article
    statements: list[Statement] = field(default_factory=list)


@dataclass
class Row:
    cells: list[Cell]
    relations: list[Relation]

    @property
    def matched(self) -> bool:
        return sum(1 for cell in self.cells if cell.statements) > 1


def story_articles(article: Article) -> list[Article]:
    """The article and every article one of its statements is related to."""
    linked = Relation.objects.filter(
        Q(statement_a__article=article) | Q(statement_b__article=article)
    ).values_list("statement_a__article_id", "statement_b__article_id")
    ids = {article.pk} | {pk for pair in linked for pk in pair}
    others = Article.objects.select_related("outlet").filter(pk__in=ids - {article.pk})
    return [article, *others.order_by(*NEWEST_FIRST)]


def comparison_rows(articles: list[Article]) -> list[Row]:
    """Statements of the articles aligned in rows: a row holds statements joined by a Relation
    or by membership of one Claim; a statement nothing matches gets a row of its own."""
    column = {a.pk: i for i, a in enumerate(articles)}
    statements = {
        s.pk: s
        for s in Statement.objects.filter(article__in=articles).select_related(
            "speaker", "article__outlet"
        )
    }
    relations = list(
        Relation.objects.filter(
            statement_a__in=statements.keys(), statement_b__in=statements.keys()
        ).order_by("type", "id")
    )
    parent = {pk: pk for pk in statements}

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    related: dict[int, list[Statement]] = defaultdict(list)
    for r in relations:
        parent[root(r.statement_a_id)] = root(r.statement_b_id)
        r.statement_a, r.statement_b = statements[r.statement_a_id], statements[r.statement_b_id]
        related[r.statement_a_id].append(r.statement_b)
        related[r.statement_b_id].append(r.statement_a)
    # A claim gathers the statements no relation placed yet, in its first member's row.
    anchors: dict[int, int] = {}
    for s in sorted(statements.values(), key=lambda s: (s.pk not in related, s.pk)):
        if s.claim_id is None:
            continue
        anchor = anchors.setdefault(s.claim_id, s.pk)
        if s.pk not in related:
            parent[root(s.pk)] = root(anchor)
    groups: dict[int, Row] = {}
    for s in sorted(statements.values(), key=lambda s: (column[s.article_id], s.content_start)):
        row = groups.setdefault(root(s.pk), Row([Cell(a) for a in articles], relations=[]))
        row.cells[column[s.article_id]].statements.append(s)
    for r in relations:
        groups[root(r.statement_a_id)].relations.append(r)
    for row in groups.values():
        _pair_up(row, related)

    def position(row: Row) -> tuple[float, int]:
        first = next(cell.statements[0] for cell in row.cells if cell.statements)
        return first.content_start / max(len(first.article.body), 1), column[first.article_id]

    return sorted(groups.values(), key=position)


def _pair_up(row: Row, related: dict[int, list[Statement]]) -> None:
    """Give each statement the text it is diffed against: a statement it is related to, else
    the first one in another column."""
    for index, cell in enumerate(row.cells):
        first_other = next(
            (c.statements[0] for i, c in enumerate(row.cells) if i != index and c.statements),
            None,
        )
        for statement in cell.statements:
            partner = (related.get(statement.pk) or [first_other])[0]
            statement.partner = partner.content if partner else ""


# Speakers and claims -----------------------------------------------------------------------
