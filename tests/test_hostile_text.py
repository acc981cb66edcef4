"""Text that tries to break things: scripts and event handlers, Unicode edge cases, a quote
never closed. Each is stored, extracted and shown without harm, offsets intact."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from articles.models import Article
from claims.services import article_extract
from tests.factories import make_article

pytestmark = pytest.mark.django_db

UNICODE = (
    "BEIRUT (Desk) — Zoe\u0308 Ha\u0308kkinen, the envoy, said "
    "\u201cwe\u2019re ready \U0001f44d\U0001f3fd"
    ' to talk\u201d on Monday. \u0627\u0644\u0648\u0632\u064a\u0631 said "\u0646\u062d\u0646 '
    '\u0647\u0646\u0627," in Arabic. The minister\u200b said the\u200d talks will resume, '
    "adding that \u202eevil\u202c text is not a problem.\n"
)
HOSTILE = (
    'The mayor said "<script>alert(1)</script> is not a plan," and warned '
    "<img src=x onerror=alert(2)> that the vote <b onmouseover=steal()>would</b> fail."
)


def statements_point_at_their_text(article: Article) -> None:
    for s in article.statements.all():
        assert article.body[s.content_start : s.content_end] == s.content
        if s.speaker_start is not None:
            assert article.body[s.speaker_start : s.speaker_end] == s.speaker_text


def test_unicode_edge_cases_keep_every_offset_exact():
    article = make_article(body=UNICODE)
    article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert article.statements.exists()
    statements_point_at_their_text(article)


def test_a_quote_never_closed_is_extracted_without_error():
    body = 'The minister said "we will never agree to this. ' + "More words follow. " * 200
    article = make_article(body=body)
    article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    statements_point_at_their_text(article)


def test_markup_in_article_text_is_shown_as_text_never_run():
    editor = User.objects.create_user("ed")
    editor.groups.add(Group.objects.get(name="editor"))
    client = Client()
    client.force_login(editor)
    response = client.post(
        "/articles/ingest/",
        {"kind": "paste", "paste-text": HOSTILE, "paste-outlet": "Desk"},
    )
    assert response.status_code in (200, 302)
    article = Article.objects.get()
    assert article.body == HOSTILE  # stored exactly, offsets stay valid
    article_extract(article_id=article.pk)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page and "<b onmouseover" not in page


def test_an_article_with_ten_thousand_quotes_is_extracted_whole():
    body = "The minister spoke at length. " + "".join(
        f'"Point number {i} stands," he said. ' for i in range(10_000)
    )
    article = make_article(body=body)
    article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    quotes = article.statements.filter(kind="direct")
    assert quotes.count() == 10_000
    statements_point_at_their_text(article)
