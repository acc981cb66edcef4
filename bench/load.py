"""API load on loopback (run by hand, not a test): concurrent token-authenticated clients
against gunicorn (2 workers, production settings) while a Celery worker extracts articles that
are being submitted through the API at the same time.

    .venv/bin/python bench/load.py [--clients 50] [--seconds 60] [--articles 300] [--keep]

Builds a throwaway PostgreSQL database (`newsclaims_load`, dropped at the end unless --keep)
seeded with a few hundred articles, statements, claims and relations, and starts its own
Redis on a free port. Prints requests/s, latency percentiles and status codes per endpoint;
asserts nothing. The per-user rate limit is lifted (API_RATE_USER) so the figures measure the
server, not the throttle. Only 127.0.0.1 is contacted.
Settings: LOAD_POSTGRES (server URL, default postgres://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("LOAD_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = "newsclaims_load"
DATABASE_URL = SERVER.rsplit("/", 1)[0] + "/" + DB_NAME

OUTLETS = ["Alliance News", "Capital Wire", "Berlin Daily", "Harbour Times", "Metro Ledger"]
SPEAKERS = [
    ("Volodymyr Zelensky", "person", "President of Ukraine"),
    ("Donald Trump", "person", "President of the United States"),
    ("Friedrich Merz", "person", "Chancellor of Germany"),
    ("Dmitry Peskov", "person", "Kremlin spokesman"),
    ("Kaja Kallas", "person", "EU foreign policy chief"),
    ("Ministry of Defence", "organization", ""),
]
QUOTES = [
    "the talks will start on June {d} in Istanbul",
    "more than {n} drones were launched overnight",
    "they will constantly look for reasons not to end the war",
    "we are ready to present a memorandum within {n} days",
    "sanctions must stay in place until the last soldier leaves",
    "the ceasefire proposal is not acceptable in its current form",
    "about {n} people were evacuated from the region",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def admin(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(SERVER)
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql)
    conn.close()


def app_env(broker_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsclaims.settings",
        "DATABASE_URL": DATABASE_URL,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE": "newsclaims-load",
        "SECRET_KEY": "load-test-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "API_RATE_USER": "1000000/min",
    }


def article_text(rng: random.Random, n: int) -> tuple[str, list[tuple[int, int, int, str]]]:
    """A news-like body with three attributed quotes; returns it and (speaker, start, end,
    kind) of each quote's content."""
    parts, spans = [f"Report {n} on the war in Ukraine and the talks that may end it. "], []
    for _ in range(3):
        speaker = rng.randrange(len(SPEAKERS))
        quote = rng.choice(QUOTES).format(d=rng.randint(1, 9), n=rng.randint(2, 900))
        lead = f'"{quote[0].upper()}{quote[1:]}," '
        start = sum(map(len, parts)) + 1
        parts.append(lead + f"{SPEAKERS[speaker][0]} said on Monday. ")
        spans.append((speaker, start, start + len(quote), "direct"))
    return "".join(parts), spans


def seed(articles: int) -> tuple[str, list[int]]:
    """A claim graph of `articles` articles: statements, claims over quotes reported by several
    outlets, agreeing relations between them. Returns an API key and the article ids."""
    from django.contrib.auth.models import User

    from articles.models import Article
    from articles.services import content_hash, outlet_get_or_create
    from claims.api.tokens import token_create
    from claims.models import Claim, Relation, Speaker, Statement

    rng = random.Random(7)
    outlets = [outlet_get_or_create(name=name) for name in OUTLETS]
    speakers = [
        Speaker.objects.create(canonical_name=name, kind=kind, role=role)
        for name, kind, role in SPEAKERS
    ]
    now = datetime.now(UTC)
    rows, spans_of = [], []
    for n in range(articles):
        body, spans = article_text(rng, n)
        rows.append(
            Article(
                outlet=outlets[n % len(outlets)],
                title=f"Report {n}",
                body=body,
                content_hash=content_hash(body),
                published_at=now - timedelta(hours=n),
                status=Article.Status.EXTRACTED,
                extracted_at=now,
                linked_at=now,
            )
        )
        spans_of.append(spans)
    stored = Article.objects.bulk_create(rows)
    statements = []
    for article, spans in zip(stored, spans_of, strict=True):
        for speaker, start, end, kind in spans:
            statements.append(
                Statement(
                    article=article,
                    speaker=speakers[speaker],
                    speaker_text=speakers[speaker].canonical_name,
                    speaker_name=speakers[speaker].canonical_name,
                    cue="said",
                    content=article.body[start:end],
                    content_start=start,
                    content_end=end,
                    kind=kind,
                    confidence=0.9,
                )
            )
    statements = Statement.objects.bulk_create(statements)
    by_content: dict[tuple[int | None, str], list[Statement]] = defaultdict(list)
    for statement in statements:
        by_content[(statement.speaker_id, statement.content)].append(statement)
    relations = 0
    for (speaker_id, content), group in by_content.items():
        if len({s.article.outlet_id for s in group}) < 2:
            continue
        claim = Claim.objects.create(summary=content, speaker_id=speaker_id)
        Statement.objects.filter(pk__in=[s.pk for s in group]).update(claim=claim)
        first = group[0]
        edges = [
            Relation(
                statement_a_id=min(first.pk, other.pk),
                statement_b_id=max(first.pk, other.pk),
                type=Relation.Type.AGREES,
                claim=claim,
                same_claim=True,
                score=0.95,
            )
            for other in group[1:12]
            if other.article.outlet_id != first.article.outlet_id
        ]
        relations += len(Relation.objects.bulk_create(edges))
    user = User.objects.create_superuser("load", password=os.urandom(8).hex())
    print(
        f"seeded {len(stored)} articles, {len(statements)} statements, "
        f"{Claim.objects.count()} claims, {relations} relations"
    )
    return token_create(user=user, name="load test").key, [a.pk for a in stored]


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.codes: dict[str, Counter] = defaultdict(Counter)

    def add(self, endpoint: str, seconds: float, code: int | str) -> None:
        with self.lock:
            self.latencies[endpoint].append(seconds)
            self.codes[endpoint][code] += 1


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def client_loop(base, token, ids, stop, results, seed_value) -> None:
    import httpx

    rng = random.Random(seed_value)
    endpoints = [
        ("articles", lambda: "/api/articles/"),
        ("article", lambda: f"/api/articles/{rng.choice(ids)}/"),
        ("statements", lambda: "/api/statements/"),
        ("claims", lambda: "/api/claims/"),
        ("relations", lambda: "/api/relations/"),
        ("speakers", lambda: "/api/speakers/"),
        ("status", lambda: f"/api/articles/{rng.choice(ids)}/status/"),
    ]
    headers = {"Authorization": f"Token {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        while not stop.is_set():
            name, path = rng.choice(endpoints)
            started = time.perf_counter()
            try:
                code: int | str = http.get(path()).status_code
            except httpx.HTTPError as exc:
                code = type(exc).__name__
            results.add(name, time.perf_counter() - started, code)


def submit_loop(base, token, stop, results, submitted: list[int]) -> None:
    """Articles arriving through the API while readers are busy, about one a second."""
    import httpx

    rng = random.Random(99)
    headers = {"Authorization": f"Token {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        n = 0
        while not stop.wait(1.0):
            body, _ = article_text(rng, 100_000 + n)
            record = {"text": body, "outlet": rng.choice(OUTLETS), "published": "2025-05-29"}
            started = time.perf_counter()
            try:
                response = http.post("/api/articles/", json=record)
                code: int | str = response.status_code
                if code == 202:
                    submitted.append(response.json()["id"])
            except httpx.HTTPError as exc:
                code = type(exc).__name__
            results.add("submit", time.perf_counter() - started, code)
            n += 1


def report(results: Results, seconds: float, clients: int) -> None:
    all_latencies = [v for name, vs in results.latencies.items() if name != "submit" for v in vs]
    codes = Counter()
    for counter in results.codes.values():
        codes.update(counter)
    print(f"\n{clients} clients for {seconds:.0f} s on 127.0.0.1, gunicorn 2 workers")
    print(f"{'endpoint':<12}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  codes")
    for name in sorted(results.latencies):
        values = results.latencies[name]
        print(
            f"{name:<12}{len(values):>9}"
            f"{percentile(values, 0.5) * 1000:>9.1f}{percentile(values, 0.95) * 1000:>9.1f}"
            f"{percentile(values, 0.99) * 1000:>9.1f}  {dict(results.codes[name])}"
        )
    print(
        f"\nreads: {len(all_latencies)} requests, {len(all_latencies) / seconds:.1f} req/s, "
        f"p50 {percentile(all_latencies, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(all_latencies, 0.95) * 1000:.1f} ms, "
        f"p99 {percentile(all_latencies, 0.99) * 1000:.1f} ms"
    )
    errors = sum(n for code, n in codes.items() if not isinstance(code, int) or code >= 500)
    print(f"status codes: {dict(codes)}; 5xx or transport errors: {errors}")


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsclaims-load-"))
    redis_port = free_port()
    broker = f"redis://127.0.0.1:{redis_port}/0"
    env = app_env(broker)
    started: list[subprocess.Popen] = []

    def spawn(name: str, command: list[str]) -> subprocess.Popen:
        log = open(workdir / f"{name}.log", "w")  # noqa: SIM115  (lives as long as the process)
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        started.append(proc)
        return proc

    admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{DB_NAME}"')
    try:
        os.environ.update(env)
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0)
        token, ids = seed(args.articles)
        connections.close_all()

        redis_server = shutil.which("redis-server") or "redis-server"
        spawn(
            "redis",
            [redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(workdir)],
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        spawn(
            "gunicorn",
            [sys.executable, "-m", "gunicorn", "newsclaims.wsgi:application"]
            + ["--workers", "2", "--bind", f"127.0.0.1:{port}"],
        )
        spawn(
            "worker",
            [sys.executable, "-m", "celery", "-A", "newsclaims", "worker", "--concurrency=1"]
            + ["-Q", env["CELERY_QUEUE"], "--without-gossip", "--without-mingle", "-l", "INFO"],
        )

        import httpx

        def serving() -> bool:
            try:
                headers = {"Authorization": f"Token {token}"}
                return httpx.get(f"{base}/api/articles/", headers=headers).status_code == 200
            except httpx.HTTPError:
                return False

        if not wait_for(serving, 60):
            raise SystemExit(f"gunicorn did not start; see {workdir}/gunicorn.log")
        worker_log = workdir / "worker.log"
        wait_for(lambda: " ready." in worker_log.read_text(errors="replace"), 120)

        results, stop, submitted = Results(), threading.Event(), []
        threads = [
            threading.Thread(
                target=client_loop, args=(base, token, ids, stop, results, i), daemon=True
            )
            for i in range(args.clients)
        ]
        threads.append(
            threading.Thread(
                target=submit_loop, args=(base, token, stop, results, submitted), daemon=True
            )
        )
        began = time.monotonic()
        for thread in threads:
            thread.start()
        stop.wait(args.seconds)
        stop.set()
        for thread in threads:
            thread.join(timeout=35)
        elapsed = time.monotonic() - began
        report(results, elapsed, args.clients)

        from articles.models import Article

        done = Article.objects.filter(pk__in=submitted, status=Article.Status.EXTRACTED).count()
        print(f"articles submitted during the run: {len(submitted)}, extracted by its end: {done}")
        connections.close_all()
    finally:
        for proc in reversed(started):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=20)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        if not args.keep:
            admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
