"""Shared fixtures: the real PostgreSQL (see newsclaims/test_settings.py), a local HTTP server
standing in for the outside web, and seeded articles."""

import functools
import http.server
import threading
from pathlib import Path

import pytest
from django.core.management import call_command

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def seeded(db):
    call_command("seed")
    from articles.models import Article

    return list(Article.objects.order_by("id"))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".json": "application/json",
    }

    def log_message(self, *_args):
        pass


@pytest.fixture
def web(tmp_path):
    """A real HTTP server on loopback serving files written into `web.root`."""
    root = tmp_path / "www"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Web:
        def __init__(self):
            self.root = root
            self.base = f"http://127.0.0.1:{server.server_port}"

        def url(self, name: str) -> str:
            return f"{self.base}/{name}"

        def put(self, name: str, content: str | bytes) -> str:
            data = content.encode("utf-8") if isinstance(content, str) else content
            (root / name).write_bytes(data)
            return self.url(name)

    yield Web()
    server.shutdown()
    server.server_close()
