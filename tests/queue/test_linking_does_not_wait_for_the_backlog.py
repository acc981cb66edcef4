"""With a backlog of articles to extract, each article is linked as soon as it is extracted,
not after the whole backlog: linking goes first in the queue."""

import subprocess

import pytest
from django.core.management import call_command

from articles.models import Article

from .conftest import start_worker, wait_for

pytestmark = pytest.mark.worker


@pytest.fixture
def backlog(transactional_db, tmp_path):
    for n in range(4):
        (tmp_path / f"story{n}.txt").write_text(
            f'KYIV, May {n + 20} (Example Wire): "Talks number {n} will go ahead," the '
            "minister said on Monday.\n",
            encoding="utf-8",
        )
    # Queued before any worker runs: the worker finds all four extractions waiting.
    call_command("ingest", str(tmp_path))
    return list(Article.objects.all())


def test_an_article_is_linked_before_the_rest_of_the_backlog_is_extracted(backlog):
    worker = start_worker("backlog")
    try:
        assert wait_for(lambda: not Article.objects.filter(linked_at=None).exists(), timeout=180), (
            "the worker never linked every article"
        )
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    articles = list(Article.objects.all())
    first_linked = min(article.linked_at for article in articles)
    last_extracted = max(article.extracted_at for article in articles)
    assert len(articles) == 4
    assert first_linked < last_extracted
