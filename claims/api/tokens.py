"""API tokens for programs: created and revoked here, checked by claims.api.auth.

A key is shown once, at creation; only its SHA-256 hash is stored, so a leaked database
does not leak working credentials.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import ApiToken

KEY_PREFIX = "nc_"
PREFIX_LENGTH = 10
# Writing last_used_at on every request would turn each read into a write; once a minute is
# precise enough to tell a live token from an abandoned one.
LAST_USED_PRECISION = timedelta(minutes=1)


@dataclass(frozen=True)
class CreatedToken:
    token: ApiToken
    key: str  # the only time the plain key exists


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@transaction.atomic
def token_create(*, user, name: str = "") -> CreatedToken:
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name.strip()[:100], key_prefix=key[:PREFIX_LENGTH], key_hash=key_hash(key)
    )
    return CreatedToken(token=token, key=key)


@transaction.atomic
def token_revoke(*, user, token_id: int | None = None) -> int:
    """Revoke one of the user's tokens, or all of them when no id is given; returns how many."""
    tokens = ApiToken.objects.filter(user=user, revoked_at__isnull=True)
    if token_id is not None:
        tokens = tokens.filter(pk=token_id)
    return tokens.update(revoked_at=timezone.now())


def token_authenticate(key: str) -> ApiToken | None:
    """The active token with this key, its user loaded; None for an unknown or revoked key."""
    if not key or len(key) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=key_hash(key), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
