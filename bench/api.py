"""API latency against data size: a page of /api/claims/ at 10^3 and 10^5 statements.

Builds synthetic claim graphs in a throwaway PostgreSQL database (created and dropped here),
then requests the first page, a filtered page and a deep cursor page of claims in-process
(WSGI, no network), and prints requests/s and p95 latency at each size and their ratio. With
keyset pagination and indexed filters the ratio should stay near 1.

    .venv/bin/python bench/api.py [--requests 300] [--sizes 1000 100000] [--keep]

The server is the one in DATABASE_URL (default postgres://postgres@127.0.0.1:5432/); the
database is `newsclaims_bench`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DB = "newsclaims_bench"


def admin_dsn() -> dict:
    url = urlparse(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    return {
        "host": url.hostname or "127.0.0.1",
        "port": url.port or 5432,
        "user": url.username or "postgres",
        "password": url.password or None,
    }


def recreate_database() -> None:
    import psycopg2

    conn = psycopg2.connect(dbname="postgres", **admin_dsn())
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        cursor.execute(f"CREATE DATABASE {BENCH_DB}")
    conn.close()


def drop_database() -> None:
    import psycopg2
    from django.db import connections

    connections.close_all()
    conn = psycopg2.connect(dbname="postgres", **admin_dsn())
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
    conn.close()


def configure() -> None:
    dsn = admin_dsn()
    auth = dsn["user"] + (f":{dsn['password']}" if dsn["password"] else "")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="newsclaims.settings",
        DATABASE_URL=f"postgres://{auth}@{dsn['host']}:{dsn['port']}/{BENCH_DB}",
        SECRET_KEY="bench-only",
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="false",
        API_RATE_USER="100000000/min",
        CELERY_BROKER_URL="",
        CELERY_TASK_ALWAYS_EAGER="true",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()


def populate(statements: int) -> dict:
    """A claim graph with `statements` statements: 5 per article, 4 per claim, 50 per speaker."""
    from django.db import connection

    from articles.models import Article, Outlet
    from claims.models import Claim, Relation, Speaker, Statement

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE claims_relation, claims_statement, claims_claim, claims_speakeralias, "
            "claims_speaker, articles_article, articles_outlet RESTART IDENTITY CASCADE"
        )
    start = datetime(2025, 1, 1, tzinfo=UTC)
    outlets = Outlet.objects.bulk_create(
        [Outlet(name=f"Outlet {n}", slug=f"outlet-{n}") for n in range(20)]
    )
    speakers = Speaker.objects.bulk_create(
        [Speaker(canonical_name=f"Speaker {n}") for n in range(max(statements // 50, 1))]
    )
    articles = Article.objects.bulk_create(
        [
            Article(
                outlet=outlets[n % len(outlets)],
                title=f"Story {n}",
                body=f"Story {n}. The minister said the plan {n} is ready.",
                content_hash=f"{n:064d}",
                published_at=start + timedelta(minutes=n),
                status="extracted",
            )
            for n in range(statements // 5)
        ],
        batch_size=5000,
    )
    claims = Claim.objects.bulk_create(
        [
            Claim(summary=f"Claim {n}", speaker=speakers[n % len(speakers)])
            for n in range(statements // 4)
        ],
        batch_size=5000,
    )
    rows = Statement.objects.bulk_create(
        [
            Statement(
                article=articles[n // 5],
                speaker=speakers[(n // 4) % len(speakers)],
                claim=claims[n // 4],
                content=f"the plan {n} is ready and {n % 97} troops will move",
                content_start=(n % 5) * 100,
                content_end=(n % 5) * 100 + 50,
                kind="indirect",
            )
            for n in range(statements)
        ],
        batch_size=5000,
    )
    Relation.objects.bulk_create(
        [
            Relation(statement_a=rows[n], statement_b=rows[n + 1], type="number")
            for n in range(0, statements - 1, 2)
        ],
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return {"speaker": speakers[len(speakers) // 2].pk}


def reader_client():
    from django.contrib.auth.models import Group, User
    from django.test import Client

    user, _ = User.objects.get_or_create(username="bench-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    client = Client()
    client.force_login(user)
    return client


def measure(client, url: str, params: dict, requests: int) -> tuple[float, float]:
    for _ in range(10):
        assert client.get(url, params).status_code == 200
    latencies = []
    began = time.perf_counter()
    for _ in range(requests):
        t0 = time.perf_counter()
        response = client.get(url, params)
        latencies.append(time.perf_counter() - t0)
        assert response.status_code == 200, response.content[:200]
    elapsed = time.perf_counter() - began
    p95 = statistics.quantiles(latencies, n=20)[18]
    return requests / elapsed, p95 * 1000


def run(sizes: list[int], requests: int) -> dict:
    from django.conf import settings
    from django.core.management import call_command

    settings.API_FEED_LAG_SECONDS = 0
    call_command("migrate", verbosity=0)
    results = {}
    for size in sizes:
        began = time.perf_counter()
        ids = populate(size)
        print(f"{size:>7} statements built in {time.perf_counter() - began:.1f} s", flush=True)
        client = reader_client()
        middle = client.get("/api/claims/", {"page_size": 50, "ordering": "id"}).json()
        deep_cursor = None
        for _ in range(3):  # a few pages in, by cursor
            deep_cursor = middle["cursor"]
            middle = client.get(
                "/api/claims/", {"page_size": 50, "ordering": "id", "cursor": deep_cursor}
            ).json()
        cases = {
            "first page": {"page_size": 50},
            "speaker filter": {"page_size": 50, "speaker": ids["speaker"]},
            "cursor page": {"page_size": 50, "ordering": "id", "cursor": deep_cursor},
        }
        for name, params in cases.items():
            results[(size, name)] = measure(client, "/api/claims/", params, requests)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 100_000])
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    args = parser.parse_args()
    recreate_database()
    configure()
    try:
        results = run(args.sizes, args.requests)
    finally:
        if not args.keep:
            drop_database()
    small, large = args.sizes
    print(f"\n{'case':<16}{'size':>8}{'req/s':>10}{'p95 ms':>10}")
    for (size, name), (rps, p95) in results.items():
        print(f"{name:<16}{size:>8}{rps:>10.1f}{p95:>10.2f}")
    print(f"\nratio {large} / {small} statements (1.0 = no slowdown)")
    for name in ("first page", "speaker filter", "cursor page"):
        rps_s, p95_s = results[(small, name)]
        rps_l, p95_l = results[(large, name)]
        print(f"{name:<16} req/s {rps_l / rps_s:5.2f}   p95 {p95_l / p95_s:5.2f}")


if __name__ == "__main__":
    main()
