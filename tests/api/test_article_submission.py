"""Editors submit an article as JSON: 202 with the id and a status URL; extraction is queued for
a worker once the article is committed. Bad bodies are 4xx with the reason."""

import pytest

from articles.models import Article

pytestmark = pytest.mark.django_db

STORY = {
    "text": 'KYIV, May 29 (Example Wire): "We are ready to talk," the minister said.',
    "outlet": "Example Wire",
    "title": "Ready to talk",
    "url": "https://news.example.org/ready",
    "published": "2025-05-29T08:30:00Z",
}


def test_a_submitted_article_is_stored_and_accepted_for_extraction(
    api, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = api("editor").post("/api/articles/", STORY, format="json")
    assert response.status_code == 202
    body = response.json()
    article = Article.objects.get(pk=body["id"])
    assert (article.outlet.name, article.title, article.status) == (
        "Example Wire",
        "Ready to talk",
        "pending",
    )
    assert article.published_at.isoformat() == "2025-05-29T08:30:00+00:00"
    assert body["status_url"].endswith(f"/api/articles/{article.pk}/status/")
    assert response["Location"] == f"/api/articles/{article.pk}/status/"
    assert len(callbacks) == 1  # the extraction task, queued on commit


def test_the_status_url_reports_progress(api):
    article_id = api("editor").post("/api/articles/", STORY, format="json").json()["id"]
    status = api("analyst").get(f"/api/articles/{article_id}/status/").json()
    assert status["status"] == "pending" and status["statement_count"] == 0
    Article.objects.filter(pk=article_id).update(status="extracted")
    assert api("analyst").get(f"/api/articles/{article_id}/status/").json()["status"] == "extracted"


def test_the_same_article_twice_is_one_article(api):
    first = api("editor").post("/api/articles/", STORY, format="json")
    second = api("editor").post("/api/articles/", {**STORY, "url": ""}, format="json")
    assert (first.status_code, second.status_code) == (202, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "body, field",
    [
        ({"outlet": "X"}, "text"),
        ({"text": "   ", "outlet": "X"}, "text"),
        ({"text": "Body.", "outlet": ""}, "outlet"),
        ({"text": 12, "outlet": "X"}, "text"),
        ({"text": ["a"], "outlet": "X"}, "text"),
        ({"text": "Body.", "outlet": "X", "url": "not a url"}, "url"),
        ({"text": "A\x00B", "outlet": "X"}, "text"),
    ],
)
def test_a_bad_body_is_a_400_naming_the_field(api, body, field):
    response = api("editor").post("/api/articles/", body, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()["errors"]
    assert Article.objects.count() == 0


def test_broken_json_is_a_400(api):
    response = api("editor").post(
        "/api/articles/", data='{"text": "x",', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_a_body_over_the_limit_is_a_413(api, api_settings):
    api_settings.INGEST_MAX_BYTES = 1000
    response = api("editor").post("/api/articles/", {**STORY, "text": "x" * 2000}, format="json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large" and "limit" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_a_form_post_is_refused_as_unsupported(api):
    response = api("editor").post("/api/articles/", {"text": "x", "outlet": "y"})
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"
