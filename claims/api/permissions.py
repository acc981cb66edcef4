"""API permissions mirror the UI roles of claims.roles: analysts read, editors also write."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from claims import roles


class CanRead(BasePermission):
    """Reads for analysts and editors, or for anyone when settings.PUBLIC_READ is on."""

    message = "Reading needs an analyst or editor account."

    def has_permission(self, request, view) -> bool:
        # write actions name their own role; a method with no handler here is a 405 to readers
        handled = hasattr(view, request.method.lower())
        return roles.can_read(request.user) and (request.method in SAFE_METHODS or not handled)


def _role(check, message: str) -> type[BasePermission]:
    class RolePermission(BasePermission):
        def has_permission(self, request, view) -> bool:
            return check(request.user)

    RolePermission.message = message
    RolePermission.__name__ = f"Role_{check.__name__}"
    return RolePermission


CanReview = _role(roles.can_review, "Reviewing relations needs an editor account.")
CanFlag = _role(roles.can_flag, "Raising and resolving flags needs an editor account.")
CanEditSpeakers = _role(roles.can_edit_speakers, "Merging speakers needs an editor account.")
CanIngest = _role(roles.can_ingest, "Submitting articles needs an editor account.")
