"""Redis down: ingestion still stores articles, quickly, as pending; once Redis is back the
beat sweeper queues them and a worker that rode out the outage extracts and links them,
without anyone ingesting again."""

import pytest

from articles.models import Article
from tests.workers import worker_database_url

from .conftest import (
    all_linked,
    app_env,
    clean_extraction,
    manage,
    queue_drained,
    seed_files,
    statements_of,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.worker]


def test_articles_ingested_while_redis_is_down_are_processed_when_it_returns(
    transactional_db, redis_server, processes, tmp_path
):
    env = app_env(
        database_url=worker_database_url(),
        broker_url=redis_server.url,
        SWEEP_INTERVAL="1",
        SWEEP_STALE_AFTER="3",
    )
    worker = processes.worker("survivor", env, beat=True)
    assert processes.wait_for_log(worker, " ready.", timeout=120), processes.tail()

    redis_server.stop()
    # manage() bounds the run: a publish that never gave up would hang the command
    result = manage("ingest", str(seed_files(tmp_path / "seeds")), env=env)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stdout + result.stderr
    assert sorted(Article.objects.values_list("status", flat=True)) == ["pending"] * 3

    redis_server.start()
    done = wait_for(lambda: all_linked() and queue_drained(redis_server), timeout=240, interval=0.5)
    assert done, (list(Article.objects.values("status", "error")), processes.tail())
    for article in Article.objects.all():
        assert statements_of(article) == clean_extraction(article)
