"""A page costs the same number of queries whatever its size: related rows are loaded in
bulk, never one query per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Flag, Relation, SpeakerAlias
from tests.factories import make_article, make_relation, make_speaker, make_statement

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/outlets/",
    "/api/articles/",
    "/api/speakers/",
    "/api/statements/",
    "/api/claims/",
    "/api/relations/",
    "/api/flags/",
]


@pytest.fixture
def many(graph):
    previous = None
    for n in range(30):
        speaker = make_speaker(f"Speaker {n}")
        SpeakerAlias.objects.create(speaker=speaker, name=f"S{n}", normalized=f"s{n}")
        claim = Claim.objects.create(speaker=speaker)
        article = make_article(outlet=f"Outlet {n}")
        statement = make_statement(article=article, speaker=speaker, claim=claim)
        make_statement(article=article, start=1, speaker=speaker, claim=claim)
        if previous:
            relation = make_relation(previous, statement, Relation.Type.WORDING)
            Flag.objects.create(relation=relation, note="check", raised_by=None)
        previous = statement


def count_queries(client, url: str, size: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"page_size": size})
    assert response.status_code == 200
    assert len(response.json()["results"]) == size
    return len(queries)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_queries_per_page_do_not_grow_with_page_size(client, api, many, url):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("counter", password="x")
    user.groups.add(Group.objects.get(name="analyst"))
    client.force_login(user)
    client.get(url)  # warm caches that are not per page
    assert count_queries(client, url, 5) == count_queries(client, url, 25)
