"""The seed reports through the real engine: statements stored with exact offsets, and the
same people recognised across the two outlets whatever the spelling."""

import pytest

from articles.models import Article
from claims.models import Speaker, Statement
from claims.services import article_extract

pytestmark = pytest.mark.django_db


@pytest.fixture
def extracted(seeded):
    for article in seeded:
        article_extract(article_id=article.pk)
    return seeded


def test_every_statement_points_at_its_words_in_the_article(extracted):
    assert Statement.objects.count() > 20
    for statement in Statement.objects.select_related("article"):
        body = statement.article.body
        assert body[statement.content_start : statement.content_end] == statement.content
        if statement.speaker_start is not None:
            assert body[statement.speaker_start : statement.speaker_end] == statement.speaker_text
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.EXTRACTED}


def test_one_speaker_per_person_across_outlets(extracted):
    for name in ("Volodymyr Zelensky", "Donald Trump", "Rustem Umerov"):
        surname_speakers = Speaker.objects.filter(
            aliases__normalized__contains=name.split()[-1].lower()[:5]
        ).distinct()
        assert surname_speakers.count() == 1, name
        speaker = surname_speakers.get()
        assert speaker.canonical_name in {name, name + "y"}
        outlets = set(speaker.statements.values_list("article__outlet__name", flat=True))
        assert outlets == {"Alliance News", "Radio Free Europe/Radio Liberty"}, name


def test_re_extracting_keeps_statement_rows_and_their_ids(extracted):
    before = list(Statement.objects.order_by("pk").values_list("pk", "content_start"))
    for article in extracted:
        article_extract(article_id=article.pk)
    assert list(Statement.objects.order_by("pk").values_list("pk", "content_start")) == before
