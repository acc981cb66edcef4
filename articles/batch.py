"""Ingesting many sources in one go, counting outcomes; one bad item never stops the rest."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db import DatabaseError

from .ingestion.sources import Limits, expand_sources, read_source
from .ingestion.types import ArticleInput, IngestError
from .services import article_ingest


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "new" | "duplicate" | "failed"
    article_id: int | None = None
    reason: str = ""


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def line(self) -> str:
        return (
            f"{self.count('new')} new, {self.count('duplicate')} duplicate, "
            f"{self.count('failed')} failed"
        )


def default_limits(**overrides) -> Limits:
    base = Limits(
        max_bytes=settings.INGEST_MAX_BYTES,
        timeout=settings.INGEST_FETCH_TIMEOUT,
        allow_private=settings.OUTBOUND_ALLOW_PRIVATE,
    )
    return replace(base, **overrides)


def ingest_item(item: ArticleInput | IngestError, *, source: str, outlet: str = "") -> Outcome:
    if isinstance(item, IngestError):
        return Outcome(source=source, status="failed", reason=str(item))
    if outlet:
        item = replace(item, outlet=outlet)
    try:
        result = article_ingest(item=item)
    except DatabaseError as exc:
        return Outcome(source=item.source, status="failed", reason=f"database error: {exc}")
    status = "new" if result.created else "duplicate"
    return Outcome(source=item.source, status=status, article_id=result.article.pk)


def ingest_sources(
    args: Iterable[str],
    *,
    limits: Limits | None = None,
    outlet: str = "",
    on_outcome: Callable[[Outcome], None] = lambda _o: None,
    wrap: Callable[[list[str]], Iterable[str]] = lambda s: s,
) -> Summary:
    """Ingest files, folders, URLs and feeds; `wrap` lets a command draw a progress bar."""
    limits = limits or default_limits()
    summary = Summary()
    for source in wrap(expand_sources(list(args))):
        for item in read_source(source, limits):
            outcome = ingest_item(item, source=source, outlet=outlet)
            summary.outcomes.append(outcome)
            on_outcome(outcome)
    return summary
