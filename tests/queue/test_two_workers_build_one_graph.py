"""Two worker processes extracting and linking overlapping articles at once build exactly the
graph a single serial run builds: no duplicate and no missing edges."""

import json
import shutil
import subprocess

import pytest
from django.core.management import call_command

from articles.models import Article
from claims.crossref.services import article_crossref
from claims.models import Relation

from .conftest import start_worker, wait_for

pytestmark = pytest.mark.worker

EXTRA = [
    {
        "outlet": "Berlin Daily",
        "published": "2025-05-29",
        "title": "Zelensky in Berlin",
        "text": "Ukrainian President Volodymyr Zelensky met Chancellor Friedrich Merz in Berlin. "
        '"They will constantly look for reasons not to end the war," Zelensky told reporters. '
        'US President Donald Trump said on Wednesday he was "very disappointed" with Moscow.',
    },
    {
        "outlet": "Capital Wire",
        "published": "2025-05-30",
        "title": "Trump weighs response",
        "text": '"I\'m very disappointed," President Donald Trump told reporters at the White '
        "House, adding that he would decide within two weeks whether Vladimir Putin is serious "
        "about ending the war.",
    },
]


def edges() -> list[tuple]:
    return sorted(
        Relation.objects.values_list(
            "statement_a__article__content_hash",
            "statement_a__content_start",
            "statement_b__article__content_hash",
            "statement_b__content_start",
            "type",
        )
    )


@pytest.fixture
def two_workers(transactional_db):
    workers = [start_worker("one"), start_worker("two")]
    yield workers
    for worker in workers:
        worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()


def test_two_workers_on_overlapping_articles_build_the_serial_graph(two_workers, tmp_path):
    shutil.copytree("seeds", tmp_path / "in", ignore=shutil.ignore_patterns("*.md"))
    for index, record in enumerate(EXTRA):
        (tmp_path / "in" / f"extra-{index}.json").write_text(json.dumps(record))
    call_command("ingest", str(tmp_path / "in"))
    assert Article.objects.count() == 4

    def all_linked():
        return not Article.objects.filter(linked_at=None).exists()

    assert wait_for(all_linked, timeout=300), list(Article.objects.values("status", "error"))
    # tasks queued after the last link may still be running: wait for the graph to settle
    settled = []
    assert wait_for(
        lambda: settled.append(edges()) or settled[-1:] == settled[-2:-1], timeout=60, interval=2
    )
    concurrent = edges()
    assert len(concurrent) == len(set(concurrent))
    assert any(edge[4] == "agrees" for edge in concurrent)

    for article in Article.objects.order_by("pk"):
        article_crossref(article_id=article.pk)
    assert edges() == concurrent
