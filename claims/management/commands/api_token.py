"""Create, list and revoke API tokens: `api_token create|list|revoke USERNAME`."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.api.models import ApiToken
from claims.api.tokens import token_create, token_revoke


class Command(BaseCommand):
    help = "Create, list or revoke API tokens of a user. A new key is printed once, never again."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "list", "revoke"])
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="what the token is for (create)")
        parser.add_argument(
            "--id", type=int, dest="token_id", help="revoke only this token (default: all)"
        )

    def handle(self, *args, action: str, username: str, name: str, token_id: int | None, **opts):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user {username!r}")
        if action == "create":
            created = token_create(user=user, name=name)
            self.stdout.write(created.key)
            self.stderr.write(
                f"Token {created.token.pk} for {username}. Send it as "
                "'Authorization: Token <key>'; it is not shown again."
            )
        elif action == "list":
            for token in ApiToken.objects.filter(user=user).order_by("id"):
                state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked_at else "active"
                used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
                self.stdout.write(
                    f"{token.pk}\t{token.key_prefix}…\t{state}\tlast used {used}\t{token.name}"
                )
        else:
            count = token_revoke(user=user, token_id=token_id)
            if token_id is not None and not count:
                raise CommandError(f"{username} has no active token {token_id}")
            self.stdout.write(f"revoked {count} token{'s' * (count != 1)} of {username}")
