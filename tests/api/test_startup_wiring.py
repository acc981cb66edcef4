"""A freshly started process (web or worker) knows the API models, listens for confirmed
discrepancies and has the webhook task registered: nothing depends on a URL being loaded."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import django, sys
django.setup()
from django.apps import apps
from django.db.models.signals import post_save
from newsclaims.celery import app
print(apps.get_model("claims", "ApiToken").__name__)
print(any("webhooks_on_confirmation" in str(entry[0]) for entry in post_save.receivers))
print("claims.api.tasks.webhook_deliver" in app.tasks)
"""


def test_a_new_process_is_wired_for_tokens_and_webhooks():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "newsclaims.test_settings", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ApiToken", "True", "True"], result.stdout
