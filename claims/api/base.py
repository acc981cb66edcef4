"""What every API view shares: roles, filters, feed pagination and rate-limit headers."""

from rest_framework import mixins, viewsets

from .filters import StrictFilterBackend
from .pagination import FeedCursorPagination
from .permissions import CanRead
from .throttling import RateLimitHeadersMixin


class ReadOnlyViewSet(
    RateLimitHeadersMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """List (filtered, cursor-paginated) and retrieve; write actions name their own role."""

    permission_classes = [CanRead]
    filter_backends = [StrictFilterBackend]
    pagination_class = FeedCursorPagination
    ordering_fields = ["updated_at", "created_at", "id"]
    default_ordering = "updated_at"
    action_permissions: dict = {}
    lookup_value_regex = r"[0-9]+"

    def get_permissions(self):
        classes = self.action_permissions.get(self.action, self.permission_classes)
        return [permission() for permission in classes]

    def filter_queryset(self, queryset):
        # filters describe lists; a detail URL names its row
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)
