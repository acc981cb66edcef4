"""Who may see the browsable UI: readers only, everyone else goes to the login page.

Anonymous visitors are sent to log in (unless PUBLIC_READ opens reading to all); signed-in
users without a role get 403. The admin, the API and the feeds have their own access rules.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.roles import can_read

EXEMPT_PREFIXES = ("/admin/", "/api/", "/feeds/")


def _exempt_paths() -> tuple[str, ...]:
    static = "/" + settings.STATIC_URL.lstrip("/")
    return (reverse("login"), reverse("logout"), static, *EXEMPT_PREFIXES)


class ReaderAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(_exempt_paths()) and not can_read(request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied("Your account has no role yet: ask an editor for access.")
        return self.get_response(request)
