"""A real Celery worker process on the real Redis broker, against the test database."""

import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from tests.workers import celery_worker_command, wait_for, worker_database_url

__all__ = ["celery_worker_process", "start_worker", "wait_for"]

ROOT = Path(__file__).resolve().parents[2]


def start_worker(name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsclaims.test_settings",
        # the worker must see the rows the test commits: the same (test) database
        "DATABASE_URL": worker_database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_QUEUE": settings.CELERY_TASK_DEFAULT_QUEUE,
    }
    return subprocess.Popen(
        celery_worker_command(name, settings.CELERY_TASK_DEFAULT_QUEUE),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def celery_worker_process(transactional_db):
    worker = start_worker("test-worker")
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()
