"""Permission checks for write views: the role is checked on the server, never in a template."""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.views.decorators.http import require_POST


def write_view(check: Callable[[object], bool]):
    """POST only, and only for users `check` lets through; everyone else gets 403."""

    def decorator(view):
        @require_POST
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied("Your role cannot make this change.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
