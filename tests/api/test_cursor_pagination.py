"""Keyset pages: no row twice, none skipped, in feed order, and nothing served while a write
that could still commit an earlier timestamp is open."""

import threading
import time

import pytest
from django.db import connection, transaction

from claims.models import Statement
from tests.factories import make_article, make_statement

from .conftest import client_for, make_user


def walk(client, url: str, params: dict) -> tuple[list[int], str | None]:
    seen, cursor = [], None
    while True:
        body = client.get(url, {**params, **({"cursor": cursor} if cursor else {})}).json()
        seen += [row["id"] for row in body["results"]]
        cursor = body["cursor"]
        if body["next"] is None:
            return seen, cursor


@pytest.mark.django_db
def test_pages_follow_each_other_without_overlap(api):
    made = [make_statement().pk for _ in range(23)]
    seen, _ = walk(api("analyst"), "/api/statements/", {"page_size": 5})
    assert seen == made  # feed order: updated_at, then id


@pytest.mark.django_db
def test_rows_with_the_same_timestamp_are_split_by_id(api):
    made = [make_statement() for _ in range(7)]
    Statement.objects.update(updated_at=made[0].updated_at)
    seen, _ = walk(api("analyst"), "/api/statements/", {"page_size": 2})
    assert seen == [s.pk for s in made]


@pytest.mark.django_db
def test_next_links_to_the_following_page_only_when_the_page_is_full(api):
    for _ in range(3):
        make_statement()
    first = api("analyst").get("/api/statements/", {"page_size": 2}).json()
    assert first["next"] and "cursor=" in first["next"]
    second = api("analyst").get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    assert second["cursor"]


@pytest.mark.django_db
def test_the_cursor_keeps_working_for_rows_changed_later(api):
    old = [make_statement() for _ in range(3)]
    _, cursor = walk(api("analyst"), "/api/statements/", {})
    old[0].save()  # changed after the client read it: it comes again, once
    new = make_statement()
    body = api("analyst").get("/api/statements/", {"cursor": cursor}).json()
    assert [row["id"] for row in body["results"]] == [old[0].pk, new.pk]


@pytest.mark.django_db
def test_other_orderings_page_by_their_own_key(api):
    made = [make_statement().pk for _ in range(5)]
    seen, _ = walk(api("analyst"), "/api/statements/", {"page_size": 2, "ordering": "-id"})
    assert seen == made[::-1]


@pytest.mark.django_db
def test_a_cursor_of_another_ordering_is_refused(api):
    make_statement(), make_statement()
    cursor = api("analyst").get("/api/statements/", {"page_size": 1}).json()["cursor"]
    response = api("analyst").get("/api/statements/", {"cursor": cursor, "ordering": "id"})
    assert response.status_code == 400 and "cursor" in response.json()["errors"]


@pytest.mark.django_db
def test_rows_younger_than_the_margin_wait_for_the_next_poll(api, api_settings):
    api_settings.API_FEED_LAG_SECONDS = 0.5
    statement = make_statement()
    assert api("analyst").get("/api/statements/").json()["results"] == []
    time.sleep(0.6)
    assert [r["id"] for r in api("analyst").get("/api/statements/").json()["results"]] == [
        statement.pk
    ]


@pytest.mark.django_db(transaction=True)
def test_an_open_write_holds_the_feed_back_until_it_commits(api_settings):
    """A transaction that wrote something and is still open may yet commit a row stamped
    before anything the client would be given now: nothing newer than its start is served."""
    api_settings.API_FEED_LAG_SECONDS = 0
    client = client_for(make_user("analyst"))
    writing, release, done = threading.Event(), threading.Event(), threading.Event()

    def slow_writer():
        try:
            with transaction.atomic():
                make_statement(
                    article=make_article(
                        outlet="Slow Desk", body="Slow. The envoy said talks would resume."
                    )
                )
                writing.set()
                release.wait(10)
        finally:
            connection.close()
            done.set()

    threading.Thread(target=slow_writer, daemon=True).start()
    assert writing.wait(10)
    quick = make_statement()  # committed at once, after the slow one began
    assert client.get("/api/statements/").json()["results"] == []
    release.set()
    assert done.wait(10)
    rows = client.get("/api/statements/").json()["results"]
    assert [r["content"][:5] for r in rows] == ["Slow.", quick.content[:5]]
