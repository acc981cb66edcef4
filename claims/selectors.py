"""Reads for the browsable UI: every page gets its rows here, joined up front, so the number of
queries a page makes does not grow with the number of statements on it."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import TruncDate
from django.shortcuts import get_object_or_404

from articles.models import Article, Outlet

from .models import AuditEntry, Claim, Flag, Relation, Speaker, Statement

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


@dataclass
class Dashboard:
    counts: dict[str, int]
    latest_by_outlet: list[tuple[Outlet, list[Article]]]
    awaiting_review: list[Relation]
    per_day: list[dict]


def dashboard(*, per_outlet: int = 4, queue_size: int = 8, chart_days: int = 14) -> Dashboard:
    latest: dict[int, list[Article]] = defaultdict(list)
    outlets: dict[int, Outlet] = {}
    for article in Article.objects.select_related("outlet").order_by(*NEWEST_FIRST)[:200]:
        if len(latest[article.outlet_id]) < per_outlet:
            latest[article.outlet_id].append(article)
            outlets[article.outlet_id] = article.outlet
    awaiting = discrepancies().filter(review_status=Relation.Review.SUGGESTED)
    counts = {
        "articles": Article.objects.count(),
        "statements": Statement.objects.count(),
        "speakers": Speaker.objects.count(),
        "claims": Claim.objects.count(),
        "awaiting": awaiting.count(),
        "open_flags": Flag.objects.filter(status=Flag.Status.OPEN).count(),
    }
    return Dashboard(
        counts=counts,
        latest_by_outlet=[(outlets[pk], items) for pk, items in latest.items()],
        awaiting_review=list(relations_joined(awaiting).order_by("-created_at")[:queue_size]),
        per_day=statements_per_day(days=chart_days),
    )


def statements_per_day(*, days: int) -> list[dict]:
    """Statement counts per publication day and outlet, for the most recent `days` days."""
    rows = list(
        Statement.objects.filter(article__published_at__isnull=False)
        .annotate(day=TruncDate("article__published_at"))
        .values("day", outlet=F("article__outlet__name"))
        .annotate(n=Count("id"))
        .order_by("day", "outlet")
    )
    recent = sorted({r["day"] for r in rows})[-days:]
    return [r for r in rows if r["day"] in recent]


# Articles ----------------------------------------------------------------------------------


def article_list(*, outlet: str = "") -> QuerySet[Article]:
    articles = Article.objects.select_related("outlet").annotate(n_statements=Count("statements"))
    if outlet:
        articles = articles.filter(outlet__slug=outlet)
    return articles.order_by(*NEWEST_FIRST)


@dataclass
class Link:
    """A relation seen from one of its statements: the other side and how they differ."""

    relation: Relation
    other: Statement


@dataclass
class ArticlePage:
    article: Article
    statements: list[Statement]
    speakers: list[tuple[Speaker | None, int]]
    related_articles: list[Article] = field(default_factory=list)


def article_page(pk: int) -> ArticlePage:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    statements = list(
        article.statements.select_related("speaker", "claim").order_by("content_start")
    )
    links: dict[int, list[Link]] = defaultdict(list)
    relations = relations_joined(
        Relation.objects.filter(Q(statement_a__article=article) | Q(statement_b__article=article))
    ).order_by("type", "id")
    related: dict[int, Article] = {}
    for relation in relations:
        mine, other = relation.statement_a, relation.statement_b
        if other.article_id == article.pk:
            mine, other = other, mine
        links[mine.pk].append(Link(relation=relation, other=other))
        related[other.article_id] = other.article
    speakers: list[Speaker | None] = []
    for statement in statements:
        statement.links = links.get(statement.pk, [])
        if statement.speaker not in speakers:
            speakers.append(statement.speaker)
        statement.colour = speaker_colour(speakers.index(statement.speaker), statement.speaker)
    legend = [(speaker, speaker_colour(i, speaker)) for i, speaker in enumerate(speakers)]
    return ArticlePage(article, statements, legend, list(related.values()))


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


def speaker_list(*, q: str = "") -> QuerySet[Speaker]:
    speakers = Speaker.objects.annotate(
        n_statements=Count("statements", distinct=True),
        n_outlets=Count("statements__article__outlet", distinct=True),
    )
    if q:
        speakers = speakers.filter(Q(canonical_name__icontains=q) | Q(aliases__name__icontains=q))
    return speakers.distinct().order_by("-n_statements", "canonical_name")


@dataclass
class SpeakerPage:
    speaker: Speaker
    statements: list[Statement]
    claims: list[Claim]
    audit: list[AuditEntry]


def speaker_page(pk: int) -> SpeakerPage:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    statements = speaker.statements.select_related("article__outlet", "claim").order_by(
        F("article__published_at").desc(nulls_last=True), "article_id", "content_start"
    )
    claims = (
        Claim.objects.filter(Q(speaker=speaker) | Q(statements__speaker=speaker))
        .annotate(
            n_statements=Count("statements", distinct=True),
            n_outlets=Count("statements__article__outlet", distinct=True),
        )
        .distinct()
        .order_by("-updated_at")
    )
    audit = audit_joined(AuditEntry.objects.filter(speaker=speaker))[:20]
    return SpeakerPage(speaker, list(statements), list(claims), list(audit))


def claim_list() -> QuerySet[Claim]:
    return (
        Claim.objects.select_related("speaker")
        .annotate(
            n_statements=Count("statements", distinct=True),
            n_outlets=Count("statements__article__outlet", distinct=True),
            n_discrepancies=Count(
                "relations", filter=~Q(relations__type=Relation.Type.AGREES), distinct=True
            ),
        )
        .order_by("-updated_at", "-id")
    )


@dataclass
class ClaimPage:
    claim: Claim
    statements: list[Statement]
    relations: list[Relation]
    audit: list[AuditEntry]

    @property
    def versions(self) -> list[Cell]:
        """The statements grouped by article, one column per outlet's report."""
        cells: dict[int, Cell] = {}
        for s in self.statements:
            cells.setdefault(s.article_id, Cell(s.article)).statements.append(s)
        return list(cells.values())


def claim_page(pk: int) -> ClaimPage:
    claim = get_object_or_404(Claim.objects.select_related("speaker"), pk=pk)
    statements = list(
        claim.statements.select_related("article__outlet", "speaker").order_by(
            F("article__published_at").asc(nulls_last=True), "article_id", "content_start"
        )
    )
    ids = [s.pk for s in statements]
    relations = list(
        relations_joined(
            Relation.objects.filter(
                Q(claim=claim) | Q(statement_a__in=ids, statement_b__in=ids)
            ).distinct()
        ).order_by("type", "id")
    )
    audit = audit_joined(
        AuditEntry.objects.filter(
            Q(relation__in=relations) | Q(flag__relation__in=relations) | Q(flag__statement__in=ids)
        )
    )
    return ClaimPage(claim, statements, relations, list(audit[:50]))


# Review ------------------------------------------------------------------------------------


OPEN_FLAGS = Prefetch(
    "flags",
    queryset=Flag.objects.filter(status=Flag.Status.OPEN).select_related("assignee"),
    to_attr="open_flags",
)


def relation_queue(
    *, type: str = "", outlet: str = "", speaker: int | None = None, status: str = ""
) -> QuerySet[Relation]:
    relations = discrepancies()
    if type:
        relations = relations.filter(type=type)
    if status:
        relations = relations.filter(review_status=status)
    if outlet:
        relations = relations.filter(
            Q(statement_a__article__outlet__slug=outlet)
            | Q(statement_b__article__outlet__slug=outlet)
        )
    if speaker:
        relations = relations.filter(
            Q(statement_a__speaker_id=speaker) | Q(statement_b__speaker_id=speaker)
        )
    return relations_joined(relations).prefetch_related(OPEN_FLAGS).order_by("-created_at", "-id")


@dataclass
class RelationPage:
    relation: Relation
    flags: list[Flag]
    audit: list[AuditEntry]


def relation_page(pk: int) -> RelationPage:
    relation = get_object_or_404(relations_joined(Relation.objects.select_related("claim")), pk=pk)
    flags = Flag.objects.filter(relation=relation).select_related(
        "raised_by", "assignee", "resolved_by"
    )
    audit = audit_joined(
        AuditEntry.objects.filter(Q(relation=relation) | Q(flag__relation=relation))
    )
    return RelationPage(relation, list(flags), list(audit))


def flag_list(*, status: str = Flag.Status.OPEN) -> QuerySet[Flag]:
    flags = Flag.objects.select_related(
        "statement__article__outlet",
        "statement__speaker",
        "relation__statement_a__article__outlet",
        "relation__statement_b__article__outlet",
        "raised_by",
        "assignee",
        "resolved_by",
    )
    if status:
        flags = flags.filter(status=status)
    return flags.order_by("-created_at", "-id")


def outlet_choices() -> list[tuple[str, str]]:
    return list(Outlet.objects.order_by("name").values_list("slug", "name"))


# Search ------------------------------------------------------------------------------------


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
    from .search import articles_search, statements_search

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
