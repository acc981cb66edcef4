"""Every page makes the same number of queries whatever the number of statements on it."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Flag, Relation
from tests.factories import make_article, make_relation, make_speaker, make_statement

pytestmark = pytest.mark.django_db

SENTENCE = "Speaker {n} said that {n} thousand people attended. "


class Graph:
    """Two articles whose statements pair up across outlets, one speaker, one claim."""

    def __init__(self, editor):
        body = "".join(SENTENCE.format(n=n) for n in range(40))
        day = datetime(2025, 5, 29, tzinfo=UTC)
        self.a = make_article(outlet="Outlet A", body=body, published_at=day)
        self.b = make_article(outlet="Outlet B", body=body + "The end.", published_at=day)
        self.speaker = make_speaker("Ada Speaker")
        self.claim = Claim.objects.create(summary="Attendance", speaker=self.speaker)
        self.editor = editor
        self.size = 0

    def grow(self, to: int) -> None:
        for n in range(self.size, to):
            start = len("".join(SENTENCE.format(n=k) for k in range(n)))
            end = start + len(SENTENCE.format(n=n)) - 1
            pair = [
                make_statement(
                    article=article, start=start, end=end, speaker=self.speaker, claim=self.claim
                )
                for article in (self.a, self.b)
            ]
            relation = make_relation(*pair, Relation.Type.NUMBER, claim=self.claim)
            Flag.objects.create(
                relation=relation, note="check", raised_by=self.editor, assignee=self.editor
            )
        self.size = to

    def urls(self) -> list[str]:
        return [
            "/",
            "/articles/",
            f"/articles/{self.a.pk}/",
            f"/compare/?a={self.a.pk}&b={self.b.pk}",
            f"/compare/?story={self.a.pk}",
            "/speakers/",
            f"/speakers/{self.speaker.pk}/",
            "/claims/",
            f"/claims/{self.claim.pk}/",
            "/review/",
            "/flags/",
            "/search/?q=people",
            f"/search/?q=people&speaker={self.speaker.pk}&type=number",
        ]


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_page_query_counts_do_not_grow_with_the_number_of_statements(editor, editor_client):
    graph = Graph(editor)
    graph.grow(2)
    small = {url: count_queries(editor_client, url) for url in graph.urls()}
    graph.grow(8)
    large = {url: count_queries(editor_client, url) for url in graph.urls()}
    assert large == small
    assert max(small.values()) <= 20
