"""Who may do what: analysts read, editors also write, anonymous callers get nothing (unless
PUBLIC_READ opens reading), admins may do everything."""

import pytest

from claims.models import Flag

pytestmark = pytest.mark.django_db

READS = [
    "/api/outlets/",
    "/api/articles/",
    "/api/articles/{article}/",
    "/api/articles/{article}/status/",
    "/api/speakers/",
    "/api/speakers/{speaker}/",
    "/api/statements/",
    "/api/statements/{statement}/",
    "/api/claims/",
    "/api/relations/",
    "/api/relations/{relation}/",
    "/api/flags/",
    "/api/exports/statements.csv",
    "/api/exports/statements.jsonl",
    "/api/exports/relations.csv",
    "/api/exports/relations.jsonl",
]


def writes(g):
    return [
        ("/api/articles/", {"text": "Minister said no. " * 3, "outlet": "Desk"}, {200, 202}),
        (f"/api/relations/{g.number.pk}/review/", {"status": "confirmed"}, {200}),
        ("/api/flags/", {"relation": g.number.pk, "note": "check the number"}, {201}),
        (f"/api/speakers/{g.speaker.pk}/merge/", {"others": [g.other_speaker.pk]}, {200}),
        ("/api/webhooks/", {"url": "https://hooks.example.org/x"}, {201}),
    ]


def fill(url: str, g) -> str:
    return url.format(
        article=g.article_a.pk, speaker=g.speaker.pk, statement=g.a.pk, relation=g.number.pk
    )


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 401), ("analyst", 200), ("editor", 200), ("admin", 200)]
)
def test_it_lets_readers_read_every_endpoint(api, graph, role, expected):
    for url in READS:
        response = api(role).get(fill(url, graph))
        assert response.status_code == expected, (url, response.content[:200])


def test_anonymous_callers_read_when_public_read_is_on(api, graph, api_settings):
    api_settings.PUBLIC_READ = True
    for url in READS:
        assert api("anonymous").get(fill(url, graph)).status_code == 200, url


def test_public_read_never_opens_writing(api, graph, api_settings):
    api_settings.PUBLIC_READ = True
    for url, body, _ok in writes(graph):
        assert api("anonymous").post(url, body, format="json").status_code == 401, url


@pytest.mark.parametrize(
    "role, allowed", [("anonymous", False), ("analyst", False), ("editor", True), ("admin", True)]
)
def test_only_editors_and_admins_write(api, graph, role, allowed):
    for url, body, ok in writes(graph):
        response = api(role).post(url, body, format="json")
        if allowed:
            assert response.status_code in ok, (url, response.json())
        else:
            assert response.status_code == (401 if role == "anonymous" else 403), url
            assert response.json()["code"] in ("not_authenticated", "permission_denied")


def test_resolving_a_flag_needs_an_editor(api, graph):
    flag = Flag.objects.create(relation=graph.number, note="n")
    url = f"/api/flags/{flag.pk}/resolve/"
    assert api("analyst").post(url, {}, format="json").status_code == 403
    assert api("editor").post(url, {}, format="json").status_code == 200


def test_webhooks_are_hidden_from_analysts(api, graph):
    assert api("analyst").get("/api/webhooks/").status_code == 403
    assert api("editor").get("/api/webhooks/").status_code == 200


def test_unauthenticated_answers_name_the_token_scheme(api):
    response = api("anonymous").get("/api/statements/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_a_browser_session_works_like_a_token(client, django_user_model, graph):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("sess", password="x")
    user.groups.add(Group.objects.get(name="analyst"))
    client.force_login(user)
    assert client.get("/api/statements/").status_code == 200
