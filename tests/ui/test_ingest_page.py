import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from articles.web_ingest import ingest_url

pytestmark = pytest.mark.django_db

TEXT = (
    "KYIV, May 30 (Test Wire): Ukraine's defence minister said the delegation was ready.\n"
    "He said Kyiv would send its proposals before Monday."
)


def test_an_editor_pastes_an_article_with_its_metadata(editor_client):
    response = editor_client.post(
        "/articles/ingest/",
        {
            "kind": "paste",
            "paste-text": TEXT,
            "paste-outlet": "Kyiv Wire",
            "paste-title": "Kyiv readies its proposals",
            "paste-url": "https://wire.example/kyiv",
            "paste-published": "2025-05-30",
        },
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/articles/ingest/?batch={article.pk}#batch"
    assert (article.outlet.name, article.title, article.url) == (
        "Kyiv Wire",
        "Kyiv readies its proposals",
        "https://wire.example/kyiv",
    )
    assert article.published_at.date().isoformat() == "2025-05-30"
    assert article.body == TEXT
    page = editor_client.get(response["Location"]).content.decode()
    assert "1 new, 0 duplicate, 0 failed" in page
    assert "Kyiv readies its proposals" in page
    assert f'hx-get="/articles/{article.pk}/status/"' in page


def test_pasting_without_metadata_reads_it_from_the_dateline(editor_client):
    editor_client.post("/articles/ingest/", {"kind": "paste", "paste-text": TEXT})
    article = Article.objects.get()
    assert article.outlet.name == "Test Wire"
    assert article.dateline_place == "KYIV"


def test_pasting_the_same_text_twice_stores_one_article(editor_client):
    for _ in range(2):
        response = editor_client.post(
            "/articles/ingest/", {"kind": "paste", "paste-text": TEXT}, follow=True
        )
    assert Article.objects.count() == 1
    assert "0 new, 1 duplicate, 0 failed" in response.content.decode()


def test_an_empty_paste_is_refused_with_the_form_shown_again(editor_client):
    response = editor_client.post("/articles/ingest/", {"kind": "paste", "paste-text": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Article.objects.exists()


def test_an_editor_uploads_several_files_and_a_bad_one_is_reported(editor_client):
    good = json.dumps(
        [
            {"text": "The mayor said the bridge opens in June.", "outlet": "City Paper"},
            {"text": "The governor said the road opens in July.", "outlet": "State Daily"},
        ]
    ).encode()
    files = [
        SimpleUploadedFile("two.json", good, content_type="application/json"),
        SimpleUploadedFile("photo.txt", b"\x89PNG\x00\x00binary", content_type="text/plain"),
    ]
    response = editor_client.post(
        "/articles/ingest/", {"kind": "upload", "upload-files": files}, follow=True
    )
    page = response.content.decode()
    assert sorted(Article.objects.values_list("outlet__name", flat=True)) == [
        "City Paper",
        "State Daily",
    ]
    assert "2 new, 0 duplicate, 1 failed" in page
    assert "photo.txt: binary file, not text" in page


def test_an_editor_fetches_a_page_by_url(editor_client, web):
    url = web.put("story.txt", TEXT)
    response = editor_client.post(
        "/articles/ingest/", {"kind": "fetch", "fetch-url": url}, follow=True
    )
    assert "1 new" in response.content.decode()
    assert Article.objects.get().url == url


def test_only_web_addresses_are_fetched_never_server_files(editor_client):
    response = editor_client.post(
        "/articles/ingest/", {"kind": "fetch", "fetch-url": "file:///etc/passwd"}
    )
    assert response.status_code == 400
    assert ingest_url("/etc/passwd").failed[0].reason == (
        "only http and https addresses can be fetched"
    )
    assert not Article.objects.exists()


def test_an_analyst_cannot_open_or_use_the_ingest_page(analyst_client):
    assert analyst_client.get("/articles/ingest/").status_code == 403
    response = analyst_client.post("/articles/ingest/", {"kind": "paste", "paste-text": TEXT})
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_the_status_fragment_asks_to_be_polled_only_while_extraction_is_pending(
    analyst_client, story
):
    article = story.alliance
    url = f"/articles/{article.pk}/status/"
    for status in ("pending", "extracting"):
        Article.objects.filter(pk=article.pk).update(status=status)
        assert 'hx-trigger="every 2s"' in analyst_client.get(url).content.decode()
    Article.objects.filter(pk=article.pk).update(status="failed", error="spaCy model missing")
    fragment = analyst_client.get(url).content.decode()
    assert "hx-trigger" not in fragment
    assert "Failed" in fragment and "spaCy model missing" in fragment
    Article.objects.filter(pk=article.pk).update(status="extracted", error="")
    fragment = analyst_client.get(url).content.decode()
    assert "hx-trigger" not in fragment and "Extracted" in fragment
