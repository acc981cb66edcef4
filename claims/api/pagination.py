"""Keyset ("cursor") pagination for feeds.

Rows are ordered by (field, id) and a page continues strictly after the last row served, so a
client that keeps the returned cursor and polls again never sees a row twice and never skips
one that was already committed.

Rows committed late: a transaction may write a row with updated_at = T and commit seconds
after T, when a client may already have read past T. So the feed order (updated_at
ascending) serves a row only once it is older than the *horizon*: the earlier of now and the
start of the oldest still-open writing transaction on the database, minus a small margin
(settings.API_FEED_LAG_SECONDS, default 1 s) for clock differences between application
servers and the database. Every row older than the horizon is committed, so a cursor can
never pass a row that is still to appear.
"""

import base64
import binascii
import json
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

FEED_ORDERING = "updated_at"

OLDEST_WRITER_SQL = """
    SELECT min(xact_start) FROM pg_stat_activity
    WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() AND datname = current_database()
"""


def feed_horizon() -> datetime:
    """Rows changed before this instant are all committed (see the module docstring)."""
    lag = timedelta(seconds=getattr(settings, "API_FEED_LAG_SECONDS", 1.0))
    horizon = timezone.now()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(OLDEST_WRITER_SQL)
            oldest = cursor.fetchone()[0]
        if oldest is not None:
            horizon = min(horizon, oldest)
    return horizon - lag


def _error(param: str, message: str) -> ValidationError:
    return ValidationError({param: [message]})


class FeedCursorPagination(BasePagination):
    """Pages of `page_size` rows; `cursor` continues after the last row of the previous page.

    The view names its sortable fields (`ordering_fields`, all non-null, ties broken by id)
    and its `default_ordering`.
    """

    page_size = 50
    max_page_size = 500

    def paginate_queryset(self, queryset: QuerySet, request, view=None):
        self.request = request
        params = request.query_params
        self.ordering = self._ordering(params.get("ordering"), view)
        self.page_size = self._page_size(params.get("page_size"))
        field = self.ordering.lstrip("-")
        descending = self.ordering.startswith("-")
        incoming = params.get("cursor")
        if self.ordering == FEED_ORDERING:
            queryset = queryset.filter(updated_at__lt=feed_horizon())
        if incoming:
            value, last_id = self._decode(incoming, queryset.model)
            op = "lt" if descending else "gt"
            queryset = queryset.filter(
                Q(**{f"{field}__{op}e": value})
                & (Q(**{f"{field}__{op}": value}) | Q(**{f"id__{op}": last_id}))
            )
        queryset = queryset.order_by(self.ordering, "-id" if descending else "id")
        rows = list(queryset[: self.page_size + 1])
        self.has_more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        self.cursor = self._encode(getattr(rows[-1], field), rows[-1].pk) if rows else incoming
        return rows

    def get_paginated_response(self, data) -> Response:
        next_url = None
        if self.has_more:
            next_url = replace_query_param(self.request.build_absolute_uri(), "cursor", self.cursor)
        return Response({"next": next_url, "cursor": self.cursor, "results": data})

    def _ordering(self, value: str | None, view) -> str:
        allowed = getattr(view, "ordering_fields", [FEED_ORDERING])
        if not value:
            return getattr(view, "default_ordering", allowed[0])
        if value.lstrip("-") not in allowed:
            choices = ", ".join(f"{f}, -{f}" for f in allowed)
            raise _error("ordering", f"unknown ordering {value!r}; choose one of {choices}")
        return value

    def _page_size(self, value: str | None) -> int:
        if value is None:
            return self.page_size
        try:
            size = int(value)
        except ValueError:
            raise _error("page_size", "page_size must be a whole number") from None
        if not 1 <= size <= self.max_page_size:
            raise _error("page_size", f"page_size must be between 1 and {self.max_page_size}")
        return size

    def _encode(self, value, last_id: int) -> str:
        if isinstance(value, datetime):
            value = value.isoformat()
        raw = json.dumps([self.ordering, value, last_id], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def _decode(self, cursor: str, model) -> tuple:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            ordering, value, last_id = json.loads(raw)
        except (binascii.Error, ValueError, TypeError):
            raise _error("cursor", "malformed cursor; use one returned by this API") from None
        if ordering != self.ordering:
            raise _error(
                "cursor", f"this cursor belongs to ordering={ordering!r}, not {self.ordering!r}"
            )
        field = model._meta.get_field(self.ordering.lstrip("-"))
        if field.get_internal_type() == "DateTimeField":
            value = parse_datetime(value) if isinstance(value, str) else None
        if value is None or isinstance(value, bool) or not isinstance(last_id, int):
            raise _error("cursor", "malformed cursor; use one returned by this API")
        return value, last_id

    def get_schema_operation_parameters(self, view):
        allowed = getattr(view, "ordering_fields", [FEED_ORDERING])
        return [
            {
                "name": "cursor",
                "in": "query",
                "required": False,
                "description": "Continue after the last row of a previous page: pass the "
                "`cursor` of that response. Keep it to poll for rows changed later.",
                "schema": {"type": "string"},
            },
            {
                "name": "page_size",
                "in": "query",
                "required": False,
                "description": f"Rows per page (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": "ordering",
                "in": "query",
                "required": False,
                "description": "Sort order; ties are broken by id. `updated_at` (the default) "
                "is the feed order.",
                "schema": {
                    "type": "string",
                    "enum": [p + f for f in allowed for p in ("", "-")],
                },
            },
        ]

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "cursor", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "The next page when this one is full, else null.",
                },
                "cursor": {
                    "type": "string",
                    "nullable": True,
                    "description": "Where this page ended; pass it back as `cursor` to "
                    "continue, now or when polling later.",
                },
                "results": schema,
            },
        }
