"""PostgreSQL stopped and started under a running web app (gunicorn, 2 workers, production
settings) and a Celery worker: requests meanwhile fail at once with a 5xx, never hang; both
reconnect; no article is ever seen half-written, and all of them end fully extracted."""

import logging
import sys
import threading
import time
from collections import Counter
from datetime import date

import httpx
import psycopg2
import pytest

from .conftest import app_env, clean_extraction_of, free_port, manage, seed_records, wait_for

pytestmark = [pytest.mark.faults, pytest.mark.worker]

MORE = [
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
logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise

READS = ["/api/articles/", "/api/statements/", "/api/claims/", "/api/relations/"]
REQUEST_TIMEOUT = 20  # a request that has not answered by then counts as hung


class Traffic:
    """API readers that run until stopped and record what each request got."""

    def __init__(self, base: str, token: str, clients: int = 4):
        self.base, self.token = base, token
        self.stop = threading.Event()
        self.results: list[tuple[float, int | str]] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(i,)) for i in range(clients)]

    def _run(self, index: int) -> None:
        headers = {"Authorization": f"Token {self.token}"}
        with httpx.Client(base_url=self.base, headers=headers, timeout=REQUEST_TIMEOUT) as http:
            n = index
            while not self.stop.is_set():
                started = time.monotonic()
                try:
                    response = http.get(READS[n % len(READS)])
                    outcome: int | str = response.status_code
                    if response.status_code >= 500:
                        assert response.content, "an error page has a body"
                except httpx.TimeoutException:
                    outcome = "timeout"
                except httpx.TransportError as exc:
                    outcome = type(exc).__name__
                with self.lock:
                    self.results.append((started, outcome))
                n += 1
                time.sleep(0.05)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=REQUEST_TIMEOUT + 5)

    def between(self, start: float, end: float) -> Counter:
        with self.lock:
            return Counter(outcome for at, outcome in self.results if start <= at < end)


def stored(database_url: str) -> dict[int, tuple[str, str, date | None, list[tuple]]]:
    """Each article: status, body, publication date and its statements, read in one snapshot."""
    with psycopg2.connect(database_url) as conn, conn.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT id, status, body, published_at FROM articles_article")
        articles = {
            pk: (status, body, published.date() if published else None, [])
            for pk, status, body, published in cursor.fetchall()
        }
        cursor.execute("SELECT article_id, content_start, content_end, kind FROM claims_statement")
        for article_id, *span in cursor.fetchall():
            articles[article_id][3].append(tuple(span))
    conn.close()
    return {pk: (s, b, p, sorted(spans)) for pk, (s, b, p, spans) in articles.items()}


def assert_whole(articles) -> None:
    """An article has no statements yet, or exactly those of an undisturbed extraction."""
    for pk, (status, body, published, spans) in articles.items():
        if status == "extracted":
            assert spans == clean_extraction_of(body, published), f"article {pk} half-written"
        else:
            assert spans == [], f"article {pk} is {status} with statements"


def test_a_database_restart_fails_requests_cleanly_and_loses_nothing(
    postgres_server, redis_server, processes, tmp_path
):
    postgres_server.createdb("newsclaims")
    database_url = postgres_server.url("newsclaims")
    env = app_env(database_url=database_url, broker_url=redis_server.url)
    migrated = manage("migrate", "--no-input", env=env, timeout=300)
    assert migrated.returncode == 0, migrated.stderr
    made = manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        "from claims.api.tokens import token_create;"
        "print(token_create(user=User.objects.create_superuser('ops', password='x')).key)",
        env=env,
    )
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    gunicorn = processes.spawn(
        "gunicorn",
        [
            *[sys.executable, "-m", "gunicorn", "newsclaims.wsgi:application"],
            *["--workers", "2", "--bind", f"127.0.0.1:{port}", "--timeout", "60"],
        ],
        env,
    )
    processes.worker("worker", env)
    headers = {"Authorization": f"Token {token}"}

    def serving() -> bool:
        try:
            return httpx.get(f"{base}/api/articles/", headers=headers, timeout=5).status_code == 200
        except httpx.TransportError:
            return gunicorn.poll() is not None  # stop waiting if it died

    assert wait_for(serving, timeout=60) and gunicorn.poll() is None, processes.tail()
    for record in [*seed_records(), *MORE]:
        response = httpx.post(f"{base}/api/articles/", json=record, headers=headers, timeout=30)
        assert response.status_code == 202, response.text

    def extracting() -> bool:
        return any(s == "extracting" for s, *_ in stored(database_url).values())

    assert wait_for(extracting, timeout=120, interval=0.1), processes.tail()

    with Traffic(base, token) as traffic:
        assert wait_for(lambda: traffic.between(0, time.monotonic())[200], timeout=30)
        postgres_server.stop()
        down = time.monotonic()
        # requests while the database is away: answered, with a 5xx, by both web workers
        assert wait_for(
            lambda: sum(traffic.between(down, time.monotonic()).values()) >= 8, timeout=60
        )
        restarting = time.monotonic()
        postgres_server.start()
        up = time.monotonic()
        assert_whole(stored(database_url))
        # both web workers drop their dead connections and serve again
        assert wait_for(lambda: traffic.between(up + 1, time.monotonic())[200] >= 8, timeout=60)

    while_down = traffic.between(down, restarting)
    assert while_down and all(isinstance(o, int) and o >= 500 for o in while_down), while_down
    after = traffic.between(up + 1, float("inf"))
    assert set(after) == {200}, after
    everything = traffic.between(0, float("inf"))
    assert not {o for o in everything if not isinstance(o, int)}, everything

    def all_extracted() -> bool:
        return all(s == "extracted" for s, *_ in stored(database_url).values())

    assert wait_for(all_extracted, timeout=240, interval=0.5), (
        {pk: s for pk, (s, *_) in stored(database_url).items()},
        processes.tail(),
    )
    assert_whole(stored(database_url))
