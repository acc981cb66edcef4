"""API fixtures: one client per role, signed in with a real API token, and a small claim graph."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from rest_framework.test import APIClient

import claims.api.signals  # noqa: F401  (ClaimsConfig.ready imports it in the app)
from claims.api.tokens import token_create
from claims.models import Relation, SpeakerAlias
from claims.roles import roles_sync
from tests.factories import make_article, make_relation, make_speaker, make_statement

ROLES = ["anonymous", "analyst", "editor", "admin"]


@pytest.fixture(autouse=True)
def api_settings(settings):
    # rows are served at once in most tests; the feed tests set the real margin themselves
    settings.API_FEED_LAG_SECONDS = 0
    settings.PUBLIC_READ = False
    cache.clear()  # throttle history
    yield settings
    cache.clear()


def make_user(role: str) -> User | None:
    if role == "anonymous":
        return None
    if role == "admin":
        return User.objects.create_superuser("admin-user", password="x")
    if not Group.objects.filter(name=role).exists():
        roles_sync(Group, Permission)  # a transactional test flushed the migration's groups
    user = User.objects.create_user(f"{role}-user", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {token_create(user=user).key}")
    return client


@pytest.fixture
def api(db):
    """api("editor") -> an APIClient that sends an editor's token."""
    clients = {}

    def get(role: str) -> APIClient:
        if role not in clients:
            clients[role] = client_for(make_user(role))
        return clients[role]

    return get


@pytest.fixture
def graph(db):
    """Two outlets reporting one speaker differently: a number discrepancy and an agreement."""

    class Graph:
        pass

    g = Graph()
    g.speaker = make_speaker("Rustem Umerov", kind="person")
    SpeakerAlias.objects.create(speaker=g.speaker, name="Umerov", normalized="umerov")
    g.other_speaker = make_speaker("Jane Spokes", kind="person")
    g.article_a = make_article(
        outlet="Alliance News",
        body="Umerov said 8,000 troops were ready to move on Monday.",
        published_at="2025-05-29T08:00:00Z",
    )
    g.article_b = make_article(
        outlet="Wire Daily",
        body="Umerov said 800 troops were ready to move on Monday.",
        published_at="2025-06-02T08:00:00Z",
    )
    g.a = make_statement(article=g.article_a, start=12, speaker=g.speaker)
    g.b = make_statement(article=g.article_b, start=12, speaker=g.speaker)
    g.c = make_statement(article=make_article(outlet="Wire Daily"), speaker=g.other_speaker)
    g.number = make_relation(
        g.a,
        g.b,
        Relation.Type.NUMBER,
        score=0.9,
        evidence={"a_value": "8,000", "b_value": "800", "dimension": "count"},
    )
    g.agrees = make_relation(g.a, g.c, Relation.Type.AGREES)
    return g
