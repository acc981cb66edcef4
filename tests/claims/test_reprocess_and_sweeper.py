"""Nothing is left behind: failed articles can be reprocessed, and articles whose task was
lost are queued again by the sweeper."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from newsclaims.celery import app as celery_app
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TEXT = '"We will not give up," the mayor said on Monday, promising to reopen the bridge.'


@pytest.fixture
def tasks_in_process():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


def age(article: Article, minutes: int) -> None:
    Article.objects.filter(pk=article.pk).update(
        updated_at=timezone.now() - timedelta(minutes=minutes)
    )


def test_reprocess_failed_retries_failed_articles(tasks_in_process):
    article = make_article(body=TEXT, status=Article.Status.FAILED, error="worker lost")
    untouched = make_article(status=Article.Status.PENDING)
    out = StringIO()
    call_command("reprocess", "--failed", stdout=out)
    assert "Queued 1 article(s)" in out.getvalue()
    article.refresh_from_db()
    assert (article.status, article.error) == (Article.Status.EXTRACTED, "")
    assert article.statements.filter(content__contains="We will not give up").exists()
    untouched.refresh_from_db()
    assert untouched.status == Article.Status.PENDING


def test_the_sweeper_queues_stale_pending_and_unlinked_articles_only(
    tasks_in_process, django_capture_on_commit_callbacks
):
    stale = make_article(body=TEXT)
    age(stale, minutes=30)
    fresh = make_article()  # just ingested: its own task is still on its way
    unlinked = make_article(status=Article.Status.EXTRACTED, extracted_at=timezone.now())
    age(unlinked, minutes=30)
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--unfinished", stdout=out)
    assert "Queued 1 for extraction, 1 for linking" in out.getvalue()
    stale.refresh_from_db()
    unlinked.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.status == Article.Status.EXTRACTED and stale.linked_at is not None
    assert unlinked.linked_at is not None
    assert fresh.status == Article.Status.PENDING


def test_reprocess_needs_something_to_do():
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("reprocess")
