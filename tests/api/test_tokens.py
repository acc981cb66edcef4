"""API tokens: created and revoked by command or service, stored only as a hash."""

import hashlib

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from claims.api.models import ApiToken
from claims.api.tokens import token_create, token_revoke

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst():
    user = User.objects.create_user("ana", password="x")
    user.groups.add(Group.objects.get(name="analyst"))
    return user


def get(key: str, scheme: str = "Token"):
    return APIClient().get("/api/statements/", HTTP_AUTHORIZATION=f"{scheme} {key}")


def test_the_command_prints_a_key_that_works(analyst, capsys):
    call_command("api_token", "create", "ana", "--name", "newsroom bot")
    key = capsys.readouterr().out.strip()
    assert get(key).status_code == 200
    assert get(key, scheme="Bearer").status_code == 200
    token = ApiToken.objects.get()
    assert token.name == "newsroom bot" and token.last_used_at is not None


def test_keys_are_stored_only_as_a_hash(analyst):
    created = token_create(user=analyst)
    token = ApiToken.objects.get()
    assert token.key_hash == hashlib.sha256(created.key.encode()).hexdigest()
    stored = " ".join(str(v) for v in ApiToken.objects.values_list().get())
    assert created.key not in stored
    assert created.key.startswith(token.key_prefix)


def test_a_revoked_key_stops_working(analyst, capsys):
    key = token_create(user=analyst).key
    call_command("api_token", "revoke", "ana")
    assert "revoked 1 token of ana" in capsys.readouterr().out
    response = get(key)
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid or revoked token."


def test_revoking_one_token_leaves_the_others(analyst):
    first, second = token_create(user=analyst), token_create(user=analyst)
    assert token_revoke(user=analyst, token_id=first.token.pk) == 1
    assert get(first.key).status_code == 401
    assert get(second.key).status_code == 200


def test_the_command_lists_tokens_without_their_keys(analyst, capsys):
    created = token_create(user=analyst, name="bot")
    call_command("api_token", "list", "ana")
    out = capsys.readouterr().out
    assert created.token.key_prefix in out and "active" in out and created.key not in out


def test_the_command_refuses_unknown_users_and_tokens(analyst):
    with pytest.raises(CommandError, match="no user"):
        call_command("api_token", "create", "nobody")
    with pytest.raises(CommandError, match="no active token"):
        call_command("api_token", "revoke", "ana", "--id", "999")


@pytest.mark.parametrize(
    "header", ["Token", "Token a b", "Token unknown-key", "Bearer " + "x" * 300]
)
def test_a_bad_authorization_header_is_a_401(analyst, header):
    response = APIClient().get("/api/statements/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_a_deactivated_user_s_key_stops_working(analyst):
    key = token_create(user=analyst).key
    analyst.is_active = False
    analyst.save()
    assert get(key).status_code == 401
