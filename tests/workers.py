"""Helpers for tests that start app processes: a Celery worker's command line, the database a
worker must use to see a test's rows, and polling with a deadline."""

import sys
import time
from collections.abc import Callable

from django.db import connection


def wait_for(predicate: Callable, *, timeout: float, interval: float = 0.2):
    """Poll until predicate() is truthy; the timeout only bounds a hung test."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def worker_database_url() -> str:
    """The database pytest-django made, so a worker sees the rows the test commits."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def celery_worker_command(name: str, queue: str) -> list[str]:
    """One worker process, one task at a time, on `queue`; quiet towards other workers."""
    return [
        *[sys.executable, "-m", "celery", "-A", "newsclaims", "worker"],
        *["--pool=prefork", "--concurrency=1", "-Q", queue, "-n", f"{name}@%h"],
        *["--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO"],
    ]
