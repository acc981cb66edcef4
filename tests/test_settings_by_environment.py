"""The settings module reads its shape from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import django; from django.conf import settings; django.setup(); "
    "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER, "
    "settings.DEBUG)"
)


def run_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "CELERY_BROKER_URL",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DEBUG",
            "CELERY_TASK_ALWAYS_EAGER",
        }
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="newsclaims.settings")
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_no_variables_give_the_embedded_default():
    result = run_settings()
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True", "True"]


def test_database_and_broker_urls_give_the_production_shape():
    result = run_settings(
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="claims.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "False", "False"]


def test_production_refuses_to_start_without_secret_key_and_allowed_hosts():
    result = run_settings(DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres")
    assert result.returncode != 0
    assert "need SECRET_KEY and ALLOWED_HOSTS" in result.stderr
