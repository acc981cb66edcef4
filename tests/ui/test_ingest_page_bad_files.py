"""The ingest page answers every bad upload with a line of its own and keeps the good ones."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_each_bad_upload_is_reported_and_the_good_one_stored(editor_client):
    files = [
        SimpleUploadedFile("good.txt", b"The mayor said the bridge opens in June."),
        SimpleUploadedFile("empty.txt", b""),
        SimpleUploadedFile("blank.txt", b"  \n\t "),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
        SimpleUploadedFile("latin1.txt", "Grüße aus Köln, sagte er.".encode("latin-1")),
        SimpleUploadedFile("broken.json", b'{"text": "unterminated'),
        SimpleUploadedFile("deep.json", b"[" * 50_000 + b"]" * 50_000),
        SimpleUploadedFile("huge.txt", b"word " * (11 * 1024 * 1024 // 5)),
    ]
    response = editor_client.post(
        "/articles/ingest/", {"kind": "upload", "upload-files": files}, follow=True
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 new, 0 duplicate, 7 failed" in page
    for name, reason in [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("photo.txt", "binary file"),
        ("latin1.txt", "not valid UTF-8"),
        ("broken.json", "broken JSON"),
        ("deep.json", "JSON nested too deeply"),
        ("huge.txt", "too large (11.0 MB; the limit is 10.0 MB)"),
    ]:
        assert f"{name}: {reason}" in page, name
    assert list(Article.objects.values_list("body", flat=True)) == [
        "The mayor said the bridge opens in June."
    ]
