"""Writes for articles: storing ingested items idempotently and queueing their extraction."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from .ingestion import ArticleInput
from .models import Article, Outlet


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def content_hash(body: str) -> str:
    """Same text modulo Unicode normalisation and whitespace ⇒ same article."""
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFC", body)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def outlet_get_or_create(*, name: str) -> Outlet:
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet:
        return outlet
    slug = slugify(name)[:180] or "outlet"
    if Outlet.objects.filter(slug=slug).exists():
        slug = f"{slug}-{Outlet.objects.count() + 1}"
    try:
        with transaction.atomic():
            return Outlet.objects.create(name=name, slug=slug)
    except IntegrityError:  # created meanwhile by a concurrent ingest
        return Outlet.objects.get(name__iexact=name)


def article_find_duplicate(*, item: ArticleInput) -> Article | None:
    by_hash = Article.objects.filter(content_hash=content_hash(item.body)).first()
    if by_hash or not item.url:
        return by_hash
    return Article.objects.filter(url=item.url).first()


def article_ingest(*, item: ArticleInput) -> IngestResult:
    """Store one article unless the same text or URL is already there; extraction is queued
    once the row is committed, so a worker never looks for an article it cannot see yet."""
    existing = article_find_duplicate(item=item)
    if existing:
        return IngestResult(article=existing, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                outlet=outlet_get_or_create(name=item.outlet),
                url=item.url,
                title=item.title,
                byline=item.byline,
                dateline_place=item.dateline_place,
                published_at=item.published_at,
                body=item.body,
                content_hash=content_hash(item.body),
                source=item.source[:2000],
            )
            transaction.on_commit(
                lambda: article_enqueue_extraction(article_id=article.pk), robust=True
            )
    except IntegrityError:  # the same article stored concurrently
        existing = article_find_duplicate(item=item)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    return IngestResult(article=article, created=True)


def article_enqueue_extraction(*, article_id: int) -> bool:
    """Queue extraction; if the broker is unreachable the article stays pending for the sweeper."""
    from claims.tasks import enqueue, extract_article

    return enqueue(extract_article, article_id)
