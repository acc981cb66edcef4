"""Ingestion enqueues extraction on commit; a separate worker process picks it up via Redis."""

import pytest
from django.core.management import call_command

from articles.models import Article

from .conftest import wait_for

pytestmark = pytest.mark.worker


def test_a_real_worker_extracts_an_ingested_article(celery_worker_process, tmp_path):
    (tmp_path / "story.txt").write_text(
        'BERLIN, March 3 (Example Wire): "We will not give up," the chancellor said on Monday.\n',
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path / "story.txt"))
    article = Article.objects.get()

    def done():
        article.refresh_from_db()
        return article.status in (Article.Status.EXTRACTED, Article.Status.FAILED)

    assert wait_for(done, timeout=180), "the worker never finished the article"
    assert article.status == Article.Status.EXTRACTED, article.error
    assert article.extracted_at is not None
    assert article.statements.filter(content__contains="We will not give up").exists()
