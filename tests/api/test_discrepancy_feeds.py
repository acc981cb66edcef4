"""Atom and RSS feeds of new discrepancies, overall, per speaker and per outlet; readable with
a session, a `?token=` key, or by anyone when PUBLIC_READ is on."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from claims.api.tokens import token_create
from claims.models import Relation
from tests.factories import make_relation, make_statement

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def key():
    user = User.objects.create_user("reader", password="x")
    user.groups.add(Group.objects.get(name="analyst"))
    return token_create(user=user).key


def atom_titles(response) -> list[str]:
    assert response.status_code == 200, response.content[:300]
    root = ET.fromstring(response.content)
    return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]


def test_the_feed_lists_discrepancies_not_agreements(graph, key):
    response = Client().get("/feeds/discrepancies.atom", {"token": key})
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom_titles(response) == ["Number differs: Rustem Umerov (Alliance News vs Wire Daily)"]


def test_dismissed_discrepancies_leave_the_feed(graph, key):
    Relation.objects.filter(pk=graph.number.pk).update(review_status="dismissed")
    assert atom_titles(Client().get("/feeds/discrepancies.atom", {"token": key})) == []


def test_the_rss_feed_carries_the_same_items(graph, key):
    response = Client().get("/feeds/discrepancies.rss", {"token": key})
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(response.content).findall("./channel/item")
    assert len(items) == 1 and "8,000" in items[0].findtext("description")


def test_per_speaker_and_per_outlet_feeds(graph, key):
    other = make_statement(speaker=graph.other_speaker)
    make_relation(graph.c, other, Relation.Type.DATE, score=0.9)
    client = Client()
    by_speaker = atom_titles(
        client.get(f"/feeds/speakers/{graph.speaker.pk}/discrepancies.atom", {"token": key})
    )
    assert by_speaker == ["Number differs: Rustem Umerov (Alliance News vs Wire Daily)"]
    by_outlet = atom_titles(
        client.get("/feeds/outlets/test-outlet/discrepancies.atom", {"token": key})
    )
    assert by_outlet == ["Date differs: Jane Spokes (Wire Daily vs Test Outlet)"]
    rss = client.get(f"/feeds/speakers/{graph.other_speaker.pk}/discrepancies.rss", {"token": key})
    assert rss.status_code == 200
    assert (
        client.get("/feeds/speakers/999999/discrepancies.atom", {"token": key}).status_code == 404
    )


def test_a_session_reads_the_feed(graph, client):
    user = User.objects.create_user("sess", password="x")
    user.groups.add(Group.objects.get(name="editor"))
    client.force_login(user)
    assert len(atom_titles(client.get("/feeds/discrepancies.atom"))) == 1


def test_without_credentials_the_feed_is_refused(graph):
    assert Client().get("/feeds/discrepancies.atom").status_code == 401
    assert Client().get("/feeds/discrepancies.atom", {"token": "wrong"}).status_code == 401


def test_a_user_without_a_role_is_refused(graph):
    nobody = User.objects.create_user("norole", password="x")
    response = Client().get("/feeds/discrepancies.atom", {"token": token_create(user=nobody).key})
    assert response.status_code == 403


def test_public_read_opens_the_feeds(graph, api_settings):
    api_settings.PUBLIC_READ = True
    assert len(atom_titles(Client().get("/feeds/discrepancies.atom"))) == 1
