"""Cross-referencing a set of article files end to end: ingest, extract, link, report.

Used by `manage.py crossref --json` and `evaluate_crossref`; it works on whatever
database Django is connected to (the command supplies a throwaway one by default).
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Q

from articles.batch import default_limits, ingest_item
from articles.ingestion.sources import read_source
from articles.models import Article
from claims.models import Relation, Statement
from claims.services import article_extract, article_mark_failed

from .services import article_crossref

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileFailure:
    file: str
    reason: str


def ingest_files(
    files: Iterable[str], *, progress: Callable[[Iterable[str]], Iterable[str]] = lambda f: f
) -> tuple[dict[int, str], list[FileFailure]]:
    """Store each file's article(s), extracting and linking each one as it arrives, so the
    graph grows incrementally as it does in production. Returns article id → file.

    One file's failure, at any step, is recorded against its article and reported; the
    other files go on."""
    files_of: dict[int, str] = {}
    failures = []
    limits = default_limits(fetch_feed_links=False)
    for file in progress(list(files)):
        for item in read_source(file, limits):
            outcome = ingest_item(item, source=file)
            if outcome.status == "failed":
                failures.append(FileFailure(file, outcome.reason))
                continue
            try:
                _extract_and_link(outcome.article_id)
            except Exception as exc:  # one article's bug must not cost the others
                logger.exception("article %s from %s failed", outcome.article_id, file)
                reason = f"{type(exc).__name__}: {exc}"
                article_mark_failed(article_id=outcome.article_id, reason=reason)
                failures.append(FileFailure(file, reason))
                continue
            files_of[outcome.article_id] = file
    return files_of, failures


def _extract_and_link(article_id: int) -> None:
    article = Article.objects.get(pk=article_id)
    if article.status != Article.Status.EXTRACTED:
        article_extract(article_id=article.pk)
    # extraction links the article itself (on commit); only fill in what is missing
    if not Article.objects.filter(pk=article.pk, linked_at__isnull=False).exists():
        article_crossref(article_id=article.pk)


def relations_among(files_of: dict[int, str]) -> list[dict]:
    """Every relation whose two statements both come from the given articles, as JSON."""
    ids = list(files_of)
    relations = (
        Relation.objects.filter(
            Q(statement_a__article_id__in=ids) & Q(statement_b__article_id__in=ids)
        )
        .select_related("statement_a__speaker", "statement_b__speaker")
        .order_by("statement_a__article_id", "statement_a__content_start", "statement_b_id", "type")
    )
    return [
        {
            "type": relation.type,
            "score": round(relation.score, 4),
            "a": _end(relation.statement_a, files_of),
            "b": _end(relation.statement_b, files_of),
            "evidence": relation.evidence,
        }
        for relation in relations
    ]


def _end(statement: Statement, files_of: dict[int, str]) -> dict:
    return {
        "file": files_of[statement.article_id],
        "start": statement.content_start,
        "end": statement.content_end,
        "speaker": statement.speaker.canonical_name if statement.speaker_id else "",
        "kind": statement.kind,
        "text": statement.content,
    }
