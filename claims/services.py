"""Writes for the claim graph that follow extraction: an article's statements and its status."""

import logging
from collections.abc import Sequence

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from claims.crossref.factual import factual_sentences
from claims.extraction import ExtractedStatement, Span, extract_statements

from .crossref.keys import stored_keys
from .models import Speaker, Statement
from .speakers import Mention, speakers_resolve

logger = logging.getLogger(__name__)


def statements_replace_for_article(
    *, article: Article, extracted: Sequence[ExtractedStatement]
) -> list[Statement]:
    """Make the article's statements exactly `extracted`, atomically.

    A statement whose span is unchanged keeps its row, so relations, flags and editor
    decisions attached to it survive a re-run; spans no longer found are removed.
    """
    by_span = {(s.content.start, s.content.end): s for s in extracted}
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).first()
        existing = {(s.content_start, s.content_end): s for s in article.statements.all()}
        Statement.objects.filter(
            pk__in=[s.pk for span, s in existing.items() if span not in by_span]
        ).delete()
        speakers = speakers_resolve(
            mentions=(
                (item.speaker_canonical, item.speaker_kind, item.speaker_role)
                for _, item in sorted(by_span.items())
                if item.speaker_canonical
            )
        )
        kept, new_rows = [], []
        for span, item in sorted(by_span.items()):
            fields = _statement_fields(item, speakers)
            row = existing.get(span)
            if row is None:
                row = Statement(article=article, **fields)
                # bulk_create skips save(), which derives the blocking keys
                row.match_keys = stored_keys(row.content)
                new_rows.append(row)
            elif any(getattr(row, k) != v for k, v in fields.items()):
                for key, value in fields.items():
                    setattr(row, key, value)
                row.save()
            kept.append(row)
        Statement.objects.bulk_create(new_rows)
    return kept


def outlet_assertions(
    text: str, statements: Sequence[ExtractedStatement]
) -> list[ExtractedStatement]:
    """The outlet's own sentences that state a number or a date (how long a war has lasted,
    how many troops): cross-referenced like statements, with the outlet as their source."""
    spans = [(s.content.start, s.content.end) for s in statements]
    return [
        ExtractedStatement(
            speaker=Span("", 0, 0),
            speaker_canonical="",
            speaker_kind="unknown",
            speaker_role="",
            cue=None,
            content=Span(sentence, start, end),
            kind="assertion",
            channel="",
            said_on=None,
            confidence=0.5,
        )
        for start, end, sentence in factual_sentences(text, spans)
    ]


def _statement_fields(item: ExtractedStatement, speakers: dict[Mention, Speaker | None]) -> dict:
    speaker = (
        speakers[(item.speaker_canonical, item.speaker_kind, item.speaker_role)]
        if item.speaker_canonical
        else None
    )
    return {
        "speaker_id": speaker.pk if speaker else None,
        "speaker_text": item.speaker.text[:500],
        "speaker_name": item.speaker_canonical[:300],
        "speaker_start": item.speaker.start if item.speaker.text else None,
        "speaker_end": item.speaker.end if item.speaker.text else None,
        "cue": item.cue.text[:200] if item.cue else "",
        "cue_start": item.cue.start if item.cue else None,
        "cue_end": item.cue.end if item.cue else None,
        "content": item.content.text,
        "content_start": item.content.start,
        "content_end": item.content.end,
        "kind": item.kind,
        "channel": item.channel[:100],
        "said_on": item.said_on,
        "confidence": min(max(item.confidence, 0.0), 1.0),
    }


def article_extract(*, article_id: int) -> Article | None:
    """Run the extraction engine on one article and store the result; safe to run twice."""
    claimed = Article.objects.filter(pk=article_id).update(
        status=Article.Status.EXTRACTING, updated_at=timezone.now()
    )
    if not claimed:
        return None  # deleted meanwhile: nothing to do
    article = Article.objects.get(pk=article_id)
    published = article.published_at.date() if article.published_at else None
    extracted = extract_statements(article.body, published=published, model=settings.SPACY_MODEL)
    extracted = [*extracted, *outlet_assertions(article.body, extracted)]
    with transaction.atomic():
        statements_replace_for_article(article=article, extracted=extracted)
        Article.objects.filter(pk=article_id).update(
            status=Article.Status.EXTRACTED,
            error="",
            extracted_at=timezone.now(),
            updated_at=timezone.now(),
        )
        # Linking waits for the commit, so the worker that links sees these statements.
        transaction.on_commit(lambda: article_enqueue_crossref(article_id=article_id), robust=True)
    article.refresh_from_db()
    return article


def article_mark_failed(*, article_id: int, reason: str) -> None:
    logger.error("extraction of article %s failed: %s", article_id, reason)
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=reason[:5000], updated_at=timezone.now()
    )


def article_enqueue_crossref(*, article_id: int) -> bool:
    """Queue linking; if the broker is unreachable the sweeper queues it later."""
    from .tasks import crossref_article, enqueue

    return enqueue(crossref_article, article_id)
