"""A worker killed outright (SIGKILL to its whole process group) in the middle of extraction or
linking: its unacknowledged task comes back after the visibility timeout, and a fresh worker
finishes the article with exactly the statements and relations a clean run gives. A task that
fails for good marks its article failed with the reason, and `reprocess --failed` retries it."""

import zlib

import psycopg2
import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from articles.models import Article
from claims.api.tokens import token_create
from claims.crossref.services import article_crossref
from claims.models import Statement
from tests.workers import worker_database_url

from .conftest import (
    all_linked,
    app_env,
    clean_extraction,
    edges,
    manage,
    queue_drained,
    seed_files,
    statements_of,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.worker]

VISIBILITY_TIMEOUT = 3
GRAPH_LOCK = zlib.crc32(b"newsclaims.crossref")


def env_for(redis_server, **extra):
    return app_env(
        database_url=worker_database_url(),
        broker_url=redis_server.url,
        CELERY_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT),
        **extra,
    )


def ingest_seeds(env, tmp_path) -> None:
    result = manage("ingest", str(seed_files(tmp_path / "seeds")), env=env)
    assert result.returncode == 0, result.stderr
    assert Article.objects.count() == 3


def linking_waits() -> bool:
    """A linking task is inside its transaction, waiting for the graph lock."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks JOIN pg_database d ON d.oid = database"
            " WHERE locktype = 'advisory' AND NOT granted"
            " AND d.datname = current_database()"
        )
        return cursor.fetchone()[0] > 0


def assert_graph_equals_a_clean_run(redis_server, processes) -> None:
    # finished, and nothing left queued or unacknowledged that could still change the graph
    settled = wait_for(
        lambda: all_linked() and queue_drained(redis_server), timeout=240, interval=0.5
    )
    assert settled, processes.tail()
    statements = Statement.objects.values_list("article_id", "content_start", "content_end")
    assert len(statements) == len(set(statements)), "a statement was stored twice"
    for article in Article.objects.all():
        assert statements_of(article) == clean_extraction(article)
    recovered = edges()
    assert recovered, "the seed articles share claims: linking them gives relations"
    assert len(recovered) == len(set(recovered)), "a relation was stored twice"
    for article in Article.objects.order_by("pk"):
        article_crossref(article_id=article.pk)
    assert edges() == recovered


def test_a_worker_killed_mid_extraction_loses_nothing(
    transactional_db, redis_server, processes, tmp_path
):
    env = env_for(redis_server)
    worker = processes.worker("doomed", env)
    ingest_seeds(env, tmp_path)

    extracting = wait_for(
        lambda: Article.objects.filter(status=Article.Status.EXTRACTING).first(),
        timeout=120,
        interval=0.05,
    )
    assert extracting, processes.tail()
    processes.kill(worker)

    extracting.refresh_from_db()
    assert extracting.status == Article.Status.EXTRACTING, "the kill came after extraction"
    assert not extracting.statements.exists()
    assert redis_server.client().zcard("unacked_index") >= 1, "the task must stay unacknowledged"

    redis_server.wait_until_unacked_redeliverable(VISIBILITY_TIMEOUT)
    processes.worker("fresh", env)
    assert_graph_equals_a_clean_run(redis_server, processes)


def test_a_worker_killed_mid_linking_loses_nothing(
    transactional_db, redis_server, processes, tmp_path
):
    env = env_for(redis_server)
    # Hold the graph lock that linking takes first in its transaction: the worker's linking
    # task then waits, mid-task, until the test has killed it.
    holder = psycopg2.connect(worker_database_url())
    holder.autocommit = True
    try:
        holder.cursor().execute("SELECT pg_advisory_lock(%s)", [GRAPH_LOCK])
        worker = processes.worker("doomed", env)
        ingest_seeds(env, tmp_path)

        assert wait_for(linking_waits, timeout=180, interval=0.1), processes.tail()
        processes.kill(worker)
    finally:
        # the dead worker's backend takes the lock next, finds its client gone and rolls back
        holder.close()

    assert not Article.objects.exclude(linked_at=None).exists(), "the kill came after linking"
    assert redis_server.client().zcard("unacked_index") >= 1, "the task must stay unacknowledged"

    redis_server.wait_until_unacked_redeliverable(VISIBILITY_TIMEOUT)
    processes.worker("fresh", env)
    assert_graph_equals_a_clean_run(redis_server, processes)


def test_a_task_that_fails_for_good_marks_the_article_failed_until_reprocessed(
    transactional_db, redis_server, processes, tmp_path
):
    # A worker deployed without its language model: every extraction fails, not transiently.
    broken = processes.worker(
        "broken", env_for(redis_server, SPACY_MODEL="en_core_web_absent", CELERY_WARM_MODEL="0")
    )
    env = env_for(redis_server)
    story = tmp_path / "story.txt"
    story.write_text(
        'BERLIN, March 3 (Example Wire): "We will not give up," the chancellor said on Monday.\n',
        encoding="utf-8",
    )
    assert manage("ingest", str(story), env=env).returncode == 0
    article = Article.objects.get()

    def finished():
        article.refresh_from_db()
        return article.status in (Article.Status.EXTRACTED, Article.Status.FAILED)

    assert wait_for(finished, timeout=120), processes.tail()
    assert article.status == Article.Status.FAILED
    assert "en_core_web_absent" in article.error and "not installed" in article.error
    processes.kill(broken)

    admin = User.objects.create_superuser("ops", password="x")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token_create(user=admin).key}")
    body = api.get(f"/api/articles/{article.pk}/status/").json()
    assert body["status"] == "failed"
    assert "en_core_web_absent" in body["error"]
    browser = Client()
    browser.force_login(admin)
    page = browser.get(article.get_absolute_url()).content.decode()
    assert 'data-status="failed"' in page and "en_core_web_absent" in page

    processes.worker("repaired", env)
    result = manage("reprocess", "--failed", env=env)
    assert result.returncode == 0, result.stderr
    assert "Queued 1 article" in result.stdout

    assert wait_for(finished, timeout=120), processes.tail()
    assert article.status == Article.Status.EXTRACTED
    assert article.error == ""
    assert statements_of(article) == clean_extraction(article)


def test_editor_decisions_survive_a_worker_killed_while_relinking(
    transactional_db, redis_server, processes, tmp_path
):
    from claims.models import Relation
    from claims.review import relation_review

    env = env_for(redis_server)
    first = processes.worker("first", env)
    ingest_seeds(env, tmp_path)
    assert wait_for(lambda: all_linked() and queue_drained(redis_server), timeout=240)
    editor = User.objects.create_user("desk-editor")
    confirmed, dismissed = Relation.objects.order_by("pk")[:2]
    relation_review(relation=confirmed, actor=editor, status="confirmed", note="checked")
    relation_review(relation=dismissed, actor=editor, status="dismissed", note="not the same")
    decisions = sorted(Relation.objects.values_list("pk", "review_status", "reviewed_by"))

    holder = psycopg2.connect(worker_database_url())
    holder.autocommit = True
    try:
        holder.cursor().execute("SELECT pg_advisory_lock(%s)", [GRAPH_LOCK])
        Article.objects.update(linked_at=None)
        ids = [str(pk) for pk in Article.objects.values_list("pk", flat=True)]
        assert manage("reprocess", *ids, env=env).returncode == 0
        waiting = wait_for(linking_waits, timeout=180, interval=0.1)
        assert waiting, processes.tail()
        processes.kill(first)
    finally:
        holder.close()

    redis_server.wait_until_unacked_redeliverable(VISIBILITY_TIMEOUT)
    processes.worker("fresh", env)
    assert wait_for(lambda: all_linked() and queue_drained(redis_server), timeout=240), (
        processes.tail()
    )
    after = sorted(
        Relation.objects.filter(pk__in=[d[0] for d in decisions]).values_list(
            "pk", "review_status", "reviewed_by"
        )
    )
    kept = {pk: (status, by) for pk, status, by in after}
    assert kept[confirmed.pk] == ("confirmed", editor.pk)
    assert kept[dismissed.pk] == ("dismissed", editor.pk)
    pairs = list(Relation.objects.values_list("statement_a", "statement_b", "type"))
    assert len(pairs) == len(set(pairs))
