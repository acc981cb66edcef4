"""Every write in the UI, for every role: anonymous visitors are sent to log in, analysts and
users without a role get 403 and change nothing, editors and admins get through."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from articles.models import Article
from claims.models import AuditEntry, Flag, Relation, Speaker
from claims.review import flag_raise

from .conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def writes(story, flag, other_speaker, editor):
    alias = story.zelensky.aliases.get(name="Volodymyr Zelenskyy")
    return [
        (f"/relations/{story.third_year.pk}/review/", {"decision": "confirmed", "note": "ok"}),
        ("/review/bulk/", {"decision": "dismissed", "relations": [story.channel.pk]}),
        (f"/relations/{story.four_days.pk}/assign/", {"assignee": editor.pk, "note": "check"}),
        (f"/flags/{flag.pk}/assign/", {"assignee": editor.pk}),
        (f"/flags/{flag.pk}/resolve/", {"resolution": "checked with the desk"}),
        (f"/speakers/{story.umerov.pk}/merge/", {"others": [other_speaker.pk]}),
        (f"/speakers/{story.zelensky.pk}/split/", {"aliases": [alias.pk]}),
        (
            "/articles/ingest/",
            {
                "kind": "paste",
                "paste-text": "The mayor said the bridge opens in July.",
                "paste-outlet": "City Desk",
            },
        ),
    ]


def state() -> tuple:
    return (
        AuditEntry.objects.count(),
        Flag.objects.filter(status=Flag.Status.OPEN).count(),
        Article.objects.count(),
        Speaker.objects.count(),
        sorted(Relation.objects.values_list("pk", "review_status")),
    )


@pytest.fixture
def world(story):
    editor = make_user("chief", "editor")
    flag = flag_raise(relation=story.agrees, actor=editor, note="look again")
    other = Speaker.objects.create(canonical_name="R. Umerov")
    return story, flag, other, editor


@pytest.mark.parametrize("role", ["anonymous", "analyst", "no role"])
def test_readers_cannot_write_anything(world, role):
    client = Client()
    if role != "anonymous":
        client = client_for(make_user("reader", "analyst" if role == "analyst" else None))
    before = state()
    for url, data in writes(*world):
        response = client.post(url, data)
        if role == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"].startswith("/accounts/login/"), url
        else:
            assert response.status_code == 403, url
    assert state() == before


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_and_admins_can_make_every_write(world, role):
    if role == "admin":
        user = User.objects.create_superuser("root", password="x")
    else:
        user = make_user("writer", "editor")
    client = client_for(user)
    for url, data in writes(*world):
        before = state()
        response = client.post(url, data)
        assert response.status_code in (200, 302), (url, response.status_code)
        assert not response.get("Location", "").startswith("/accounts/login/"), url
        assert state() != before, f"{url} changed nothing"


def test_every_write_refuses_a_post_without_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("writer", "editor"))
    before = state()
    for url, data in writes(*world):
        assert client.post(url, data).status_code == 403, url
    assert state() == before
