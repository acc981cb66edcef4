"""Celery tasks: take an id, load the row, call one service. Safe to run twice."""

import logging

from celery import Task, shared_task
from django.db import InterfaceError, OperationalError

from .crossref.services import article_crossref
from .services import article_extract, article_mark_failed

logger = logging.getLogger(__name__)

# Worth retrying: the database or broker was briefly away. Anything else is a bug or bad
# input, and retrying it would only fail again.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


class MarksArticleFailed(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        article_id = args[0] if args else kwargs.get("article_id")
        if article_id is not None:
            article_mark_failed(article_id=article_id, reason=f"{type(exc).__name__}: {exc}")


@shared_task(
    base=MarksArticleFailed,
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=5,
)
def extract_article(article_id: int) -> None:
    article_extract(article_id=article_id)


class MarksLinkingFailed(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        article_id = args[0] if args else kwargs.get("article_id")
        if article_id is not None:
            reason = f"linking failed: {type(exc).__name__}: {exc}"
            article_mark_failed(article_id=article_id, reason=reason)


@shared_task(
    base=MarksLinkingFailed,
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=5,
)
def crossref_article(article_id: int) -> None:
    article_crossref(article_id=article_id)


@shared_task(ignore_result=True)
def sweep_unfinished() -> dict[str, int]:
    """Run by Celery beat every minute (CELERY_BEAT_SCHEDULE)."""
    from .sweeper import articles_requeue_unfinished

    return articles_requeue_unfinished()


def enqueue(task, article_id: int) -> bool:
    """Queue `task` for an article. With the broker unreachable the caller carries on and the
    article waits for the sweeper (claims.sweeper), so an outage loses nothing."""
    try:
        task.delay(article_id)
    except Exception:  # kombu raises several types when Redis is down
        logger.warning("could not queue %s for article %s", task.name, article_id, exc_info=True)
        return False
    return True
