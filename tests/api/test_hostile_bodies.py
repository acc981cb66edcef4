"""Bodies built to break a parser get a clean 4xx JSON answer and store nothing."""

import pytest

from articles.models import Article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b', "outlet": "X"}',
        b'{"text": "Der Minister sagte: Gr\xfc\xdfe", "outlet": "X"}',
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"",
    ],
    ids=["deeply nested", "not utf-8", "binary", "empty"],
)
def test_a_hostile_body_is_a_json_4xx(api, raw):
    response = api("editor").post("/api/articles/", data=raw, content_type="application/json")
    assert 400 <= response.status_code < 500, response.content[:200]
    assert response.json()["detail"]
    assert Article.objects.count() == 0
