"""A real Celery worker delivers the signed webhook POST to a receiver on loopback, retrying
with backoff while the receiver answers with a server error."""

import hashlib
import hmac
import http.server
import json
import subprocess
import threading

import pytest
from django.contrib.auth.models import User

from claims.api.models import Webhook
from claims.models import Relation
from tests.factories import make_relation, make_speaker, make_statement
from tests.queue.conftest import start_worker, wait_for

from .conftest import client_for, make_user

pytestmark = pytest.mark.worker


class Receiver(http.server.BaseHTTPRequestHandler):
    calls: list = []
    fail_first = 1

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.calls.append((dict(self.headers), body))
        status = 500 if len(Receiver.calls) <= Receiver.fail_first else 204
        self.send_response(status)
        self.end_headers()

    def log_message(self, *_args):
        pass


@pytest.fixture
def receiver():
    Receiver.calls = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()
    server.server_close()


@pytest.fixture
def webhook_worker(transactional_db):
    """tests/queue's worker: the webhook tasks are registered at start-up (ClaimsConfig.ready)."""
    worker = start_worker("webhook-worker")
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()


def test_a_worker_posts_the_signed_discrepancy_after_a_failed_try(webhook_worker, receiver):
    editor = client_for(make_user("editor"))
    secret = "r" * 40
    Webhook.objects.create(url=receiver, secret=secret, created_by=User.objects.get())
    speaker = make_speaker("Rustem Umerov")
    a, b = make_statement(speaker=speaker), make_statement(speaker=speaker)
    relation = make_relation(a, b, Relation.Type.NUMBER)

    response = editor.post(
        f"/api/relations/{relation.pk}/review/", {"status": "confirmed"}, format="json"
    )
    assert response.status_code == 200

    assert wait_for(lambda: len(Receiver.calls) >= 2, timeout=120), "no retry reached the receiver"
    (first_headers, first_body), (headers, body) = Receiver.calls[:2]
    assert first_body == body  # the retry sends the same event
    assert headers["X-Newsclaims-Delivery"] == first_headers["X-Newsclaims-Delivery"]
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Newsclaims-Signature"] == f"sha256={expected}"
    payload = json.loads(body)
    assert payload["relation"]["id"] == relation.pk and payload["confirmed_by"] == "editor-user"
    assert wait_for(lambda: Webhook.objects.get().last_status == "204", timeout=10)
