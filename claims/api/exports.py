"""Bulk exports of any filtered list of statements or relations: CSV and JSON Lines.

Rows stream from a server-side cursor in chunks (QuerySet.iterator), so an export of 100,000
rows holds one chunk in memory at a time, however long the list.
"""

import csv
import json

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.utils.encoders import JSONEncoder

from claims.selectors import claim_queue

from . import selectors
from .filters import RelationFilter, StatementFilter, StrictFilterBackend
from .inputs import DiscrepancyQueryInput
from .permissions import CanRead
from .serializers import RelationSerializer, StatementSerializer
from .throttling import RateLimitHeadersMixin

CHUNK_SIZE = 2000
# A spreadsheet would run a cell starting with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class JsonErrors(BaseContentNegotiation):
    """The export is CSV or JSON Lines whatever Accept says; errors are JSON."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class _Line:
    def write(self, value: str) -> str:
        return value


def _cell(value) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _statement_row(s) -> list:
    article, speaker = s.article, s.speaker
    return [
        s.pk,
        article.pk,
        article.title,
        article.url,
        article.outlet.name,
        article.published_at.isoformat() if article.published_at else "",
        speaker.pk if speaker else "",
        speaker.canonical_name if speaker else "",
        s.speaker_text,
        s.cue,
        s.kind,
        s.channel,
        s.said_on.isoformat() if s.said_on else "",
        s.confidence,
        s.claim_id,
        s.content,
        s.content_start,
        s.content_end,
        s.updated_at.isoformat(),
    ]


STATEMENT_COLUMNS = [
    "id",
    "article_id",
    "article_title",
    "article_url",
    "outlet",
    "published_at",
    "speaker_id",
    "speaker",
    "speaker_text",
    "cue",
    "kind",
    "channel",
    "said_on",
    "confidence",
    "claim_id",
    "content",
    "content_start",
    "content_end",
    "updated_at",
]


def _side(s) -> list:
    return [s.pk, s.article.outlet.name, s.speaker.canonical_name if s.speaker else "", s.content]


def _relation_row(r) -> list:
    return [
        r.pk,
        r.type,
        r.review_status,
        r.score,
        r.claim_id,
        *_side(r.statement_a),
        *_side(r.statement_b),
        r.evidence,
        r.reviewed_by.get_username() if r.reviewed_by else "",
        r.reviewed_at.isoformat() if r.reviewed_at else "",
        r.created_at.isoformat(),
        r.updated_at.isoformat(),
    ]


RELATION_COLUMNS = [
    "id",
    "type",
    "review_status",
    "score",
    "claim_id",
    *[f"{side}_{col}" for side in "ab" for col in ("statement_id", "outlet", "speaker", "content")],
    "evidence",
    "reviewed_by",
    "reviewed_at",
    "created_at",
    "updated_at",
]


class ExportView(RateLimitHeadersMixin, GenericAPIView):
    permission_classes = [CanRead]
    filter_backends = [StrictFilterBackend]
    content_negotiation_class = JsonErrors
    pagination_class = None
    fmt = "csv"
    columns: list[str] = []
    name = "export"

    def row(self, obj) -> list:
        raise NotImplementedError

    def rows(self):
        queryset = self.filter_queryset(self.get_queryset()).order_by("updated_at", "id")
        return queryset.iterator(chunk_size=CHUNK_SIZE)

    def get(self, request):
        rows = self.rows()  # filters are checked here; reading starts with the first chunk
        if self.fmt == "csv":
            body, content_type = self.csv_lines(rows), "text/csv; charset=utf-8"
        else:
            body, content_type = self.json_lines(rows), "application/x-ndjson"
        response = StreamingHttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{self.name}.{self.fmt}"'
        return response

    def csv_lines(self, rows):
        writer = csv.writer(_Line())
        yield writer.writerow(self.columns)
        for obj in rows:
            yield writer.writerow([_cell(v) for v in self.row(obj)])

    def json_lines(self, rows):
        serializer_class = self.get_serializer_class()
        for obj in rows:
            data = serializer_class(obj).data
            yield json.dumps(data, cls=JSONEncoder, ensure_ascii=False) + "\n"


def _export(model_name: str, fmt: str, **attrs) -> type[ExportView]:
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    what = "CSV, one row per item" if fmt == "csv" else "JSON Lines, one object per line"

    def get(self, request):
        return ExportView.get(self, request)

    get = extend_schema(
        operation_id=f"export_{model_name}_{fmt}",
        filters=True,
        summary=f"Export {model_name} ({fmt})",
        description=f"The whole filtered list as {what}, in feed order (`updated_at`, `id`). "
        "Takes the same filters as the list endpoint.",
        responses={(200, media): OpenApiResponse(OpenApiTypes.STR, description=what)},
    )(get)
    name = f"{model_name.title()}{fmt.upper()}Export"
    return type(name, (ExportView,), {**attrs, "fmt": fmt, "get": get})


_statements = {
    "queryset": selectors.statement_queryset(),
    "filterset_class": StatementFilter,
    "serializer_class": StatementSerializer,
    "columns": STATEMENT_COLUMNS,
    "row": lambda self, obj: _statement_row(obj),
    "name": "statements",
}
_relations = {
    "queryset": selectors.relation_queryset(),
    "filterset_class": RelationFilter,
    "serializer_class": RelationSerializer,
    "columns": RELATION_COLUMNS,
    "row": lambda self, obj: _relation_row(obj),
    "name": "relations",
}
StatementCsvExport = _export("statements", "csv", **_statements)
StatementJsonLinesExport = _export("statements", "jsonl", **_statements)
RelationCsvExport = _export("relations", "csv", **_relations)
RelationJsonLinesExport = _export("relations", "jsonl", **_relations)


DISCREPANCY_COLUMNS = [
    "group",
    "claim_id",
    "speaker",
    "summary",
    "outlets",
    "type",
    "score",
    "pending",
    "values",
    "relation_ids",
]


class DiscrepancyCsvExport(RateLimitHeadersMixin, GenericAPIView):
    permission_classes = [CanRead]
    content_negotiation_class = JsonErrors
    pagination_class = None

    @extend_schema(
        operation_id="export_discrepancies_csv",
        summary="Export discrepancies grouped by claim (csv)",
        description="One row per difference of a claim, as in the review queue: the outlets' "
        "values side by side in `values` (`Outlet: value`, separated by ` | `), most confident "
        "claim first. Filters: `type`, `outlet`, `speaker`, `status`.",
        parameters=[
            OpenApiParameter("type", str),
            OpenApiParameter("outlet", str),
            OpenApiParameter("speaker", int),
            OpenApiParameter("status", str),
        ],
        responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV")},
    )
    def get(self, request):
        data = DiscrepancyQueryInput(data=request.query_params)
        data.is_valid(raise_exception=True)
        filters = {k: v for k, v in data.validated_data.items() if k != "page"}
        response = StreamingHttpResponse(
            self.csv_lines(filters), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="discrepancies.csv"'
        return response

    def csv_lines(self, filters):
        writer = csv.writer(_Line())
        yield writer.writerow(DISCREPANCY_COLUMNS)
        number = 1
        while True:
            page = claim_queue(page=number, **filters)
            for group in page.object_list:
                for difference in group.differences:
                    row = [
                        group.key,
                        group.claim_id,
                        group.speaker,
                        group.summary,
                        " | ".join(group.outlets),
                        difference.type,
                        round(difference.score, 4),
                        difference.pending,
                        " | ".join(f"{side.outlet}: {side.value}" for side in difference.sides),
                        " ".join(str(r.pk) for r in difference.relations),
                    ]
                    yield writer.writerow([_cell(v) for v in row])
            if not page.has_next():
                return
            number += 1
