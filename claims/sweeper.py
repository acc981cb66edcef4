"""Work that fell through: articles whose task was never queued (broker down) or never
finished (a worker died past its retries), and articles an operator wants processed again."""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from articles.models import Article
from articles.services import article_enqueue_extraction

from .services import article_enqueue_crossref


def articles_requeue_unfinished(*, older_than: timedelta | None = None) -> dict[str, int]:
    """Queue again what has waited longer than `older_than` (default: SWEEP_STALE_AFTER
    seconds): extraction for pending or stuck articles, linking for extracted ones never
    linked. Tasks are idempotent, so a duplicate is safe."""
    if older_than is None:
        older_than = timedelta(seconds=settings.SWEEP_STALE_AFTER)
    cutoff = timezone.now() - older_than
    unextracted = Article.objects.filter(
        status__in=[Article.Status.PENDING, Article.Status.EXTRACTING], updated_at__lt=cutoff
    ).values_list("pk", flat=True)
    unlinked = Article.objects.filter(
        Q(linked_at=None) | Q(linked_at__lt=F("extracted_at")),
        status=Article.Status.EXTRACTED,
        updated_at__lt=cutoff,
    ).values_list("pk", flat=True)
    queued = {"extraction": 0, "linking": 0}
    for pk in unextracted.iterator():
        queued["extraction"] += article_enqueue_extraction(article_id=pk)
    for pk in unlinked.iterator():
        queued["linking"] += article_enqueue_crossref(article_id=pk)
    return queued


def articles_reprocess(*, ids: list[int] | None = None, failed: bool = False) -> int:
    """Reset the chosen articles to pending and queue their extraction (then linking)."""
    chosen = Article.objects.all()
    if failed:
        chosen = chosen.filter(status=Article.Status.FAILED)
    if ids:
        chosen = chosen.filter(pk__in=ids)
    pks = list(chosen.values_list("pk", flat=True))
    Article.objects.filter(pk__in=pks).update(
        status=Article.Status.PENDING, error="", updated_at=timezone.now()
    )
    for pk in pks:
        article_enqueue_extraction(article_id=pk)
    return len(pks)
