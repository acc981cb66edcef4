"""The REST API under /api/ (namespace "api"), its OpenAPI schema and its docs."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from articles.api.views import ArticleViewSet, OutletViewSet

from . import exports
from .exceptions import not_found
from .views import (
    ClaimViewSet,
    DiscrepancyListView,
    FlagViewSet,
    RelationViewSet,
    SpeakerViewSet,
    StatementViewSet,
)
from .webhook_views import WebhookViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("outlets", OutletViewSet, basename="outlet")
router.register("articles", ArticleViewSet, basename="article")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("statements", StatementViewSet, basename="statement")
router.register("claims", ClaimViewSet, basename="claim")
router.register("relations", RelationViewSet, basename="relation")
router.register("flags", FlagViewSet, basename="flag")
router.register("webhooks", WebhookViewSet, basename="webhook")

app_name = "api"
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("exports/statements.csv", exports.StatementCsvExport.as_view(), name="statements-csv"),
    path(
        "exports/statements.jsonl",
        exports.StatementJsonLinesExport.as_view(),
        name="statements-jsonl",
    ),
    path("exports/relations.csv", exports.RelationCsvExport.as_view(), name="relations-csv"),
    path(
        "exports/relations.jsonl", exports.RelationJsonLinesExport.as_view(), name="relations-jsonl"
    ),
    path("discrepancies/", DiscrepancyListView.as_view(), name="discrepancy-list"),
    path(
        "exports/discrepancies.csv",
        exports.DiscrepancyCsvExport.as_view(),
        name="discrepancies-csv",
    ),
    path("", include(router.urls)),
    re_path(r"", not_found),  # anything else under /api/, newlines included
]
