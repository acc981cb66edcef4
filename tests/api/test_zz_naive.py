"""A feed consumer polling /api/statements/ with its cursor while other connections insert
statements, some in transactions that commit late: it receives every statement exactly once."""

import random
import threading
import time

import pytest  # noqa
from django.db import connection, transaction

from claims.models import Statement
from tests.factories import make_article, make_statement

from .conftest import client_for, make_user

WRITERS = 3
TRANSACTIONS = 20


def writer(number: int, made: list[int], errors: list[BaseException]) -> None:
    rng = random.Random(number)
    try:
        for _ in range(TRANSACTIONS):
            with transaction.atomic():
                article = make_article(outlet=f"Desk {number}")
                for start in range(rng.randint(1, 3)):
                    made.append(make_statement(article=article, start=start).pk)
                # stamped now, visible only at commit: the case a naive feed skips
                time.sleep(rng.uniform(0, 0.15))
            time.sleep(rng.uniform(0, 0.05))
    except BaseException as exc:  # reported by the test, not lost in the thread
        errors.append(exc)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_a_polling_client_gets_every_new_statement_exactly_once(api_settings):
    api_settings.API_FEED_LAG_SECONDS = 0.2
    client = client_for(make_user("analyst"))
    assert client.get("/api/statements/").json()["results"] == []  # warm: URLs, schema, imports
    made: list[int] = []
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=writer, args=(n, made, errors), daemon=True) for n in range(WRITERS)
    ]
    for thread in threads:
        thread.start()

    received: list[int] = []
    cursor = None

    def poll() -> None:
        nonlocal cursor
        while True:
            params = {"page_size": 50, **({"cursor": cursor} if cursor else {})}
            body = client.get("/api/statements/", params).json()
            received.extend(row["id"] for row in body["results"])
            cursor = body["cursor"]
            if body["next"] is None:
                return

    while any(t.is_alive() for t in threads):
        poll()
        time.sleep(0.01)
    time.sleep(0.5)  # past the margin: everything committed is now servable
    poll()

    assert not errors, errors
    assert len(made) >= WRITERS * TRANSACTIONS
    assert len(received) == len(set(received)), "a statement came twice"
    assert sorted(received) == sorted(made), "a statement was missed"
    assert Statement.objects.count() == len(made)
import pytest  # noqa
@pytest.fixture(autouse=True)
def naive(monkeypatch):
    from datetime import timedelta
    from django.utils import timezone
    monkeypatch.setattr("claims.api.pagination.feed_horizon", lambda: timezone.now() - timedelta(seconds=0.01))
