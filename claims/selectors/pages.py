"""Reads behind the dashboard, article, speaker and claim pages."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import TruncDate
from django.shortcuts import get_object_or_404

from articles.models import Article, Outlet
from claims.models import AuditEntry, Claim, Flag, Relation, Speaker, Statement

from .common import NEWEST_FIRST, QUEUE_TYPES, audit_joined, discrepancies, relations_joined
from .compare import Cell, speaker_colour


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
                "relations",
                filter=Q(
                    relations__type__in=QUEUE_TYPES,
                    relations__score__gte=settings.CROSSREF_DISCREPANCY_MIN_SCORE,
                ),
                distinct=True,
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
