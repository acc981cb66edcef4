"""Who is calling: a browser session, or a program with `Authorization: Token <key>`.

Feed readers cannot set headers, so the Atom/RSS feeds also accept the key as `?token=`.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from .tokens import token_authenticate

KEYWORDS = ("token", "bearer")


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode("latin-1").lower() not in KEYWORDS:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                _("Malformed Authorization header; send 'Authorization: Token <key>'.")
            )
        try:
            key = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        token = token_authenticate(key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("Invalid or revoked token."))
        return token.user, token

    def authenticate_header(self, request) -> str:
        return self.keyword


def request_user(request):
    """The user behind a plain Django request: its session, else a `?token=` key."""
    if request.user.is_authenticated:
        return request.user
    key = request.GET.get("token", "")
    token = token_authenticate(key) if key else None
    return token.user if token else request.user


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "claims.api.auth.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`; create a key with "
            "`python manage.py api_token create USERNAME`.",
        }
