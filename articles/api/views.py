"""Outlet and article endpoints, and article submission (extraction then runs in a worker)."""

from dataclasses import replace

from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from articles.ingestion.formats import json_record
from articles.services import article_ingest
from claims.api import selectors
from claims.api.base import ReadOnlyViewSet
from claims.api.permissions import CanIngest

from .filters import ArticleFilter, OutletFilter
from .serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ArticleStatusSerializer,
    ArticleSubmitSerializer,
    OutletSerializer,
)

SUBMIT_EXAMPLE = {
    "text": 'KYIV, May 29 (Example Wire): "We are ready to talk," the minister said on Monday.',
    "outlet": "Example Wire",
    "title": "Minister ready to talk",
    "url": "https://news.example.org/2025/05/29/minister",
    "published": "2025-05-29T08:30:00Z",
}


@extend_schema_view(
    list=extend_schema(summary="Outlets"), retrieve=extend_schema(summary="One outlet")
)
class OutletViewSet(ReadOnlyViewSet):
    queryset = selectors.outlet_queryset()
    serializer_class = OutletSerializer
    filterset_class = OutletFilter
    ordering_fields = ["name", "created_at", "id"]
    default_ordering = "name"


@extend_schema_view(
    list=extend_schema(
        summary="Articles, with their statements",
        description="Ordered by `updated_at` then `id` unless `ordering` says otherwise; "
        "poll with the `cursor` of the previous response to follow changes.",
    ),
    retrieve=extend_schema(summary="One article with its text and statements"),
)
class ArticleViewSet(mixins.CreateModelMixin, ReadOnlyViewSet):
    queryset = selectors.article_queryset()
    filterset_class = ArticleFilter
    action_permissions = {"create": [CanIngest]}

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    @extend_schema(
        summary="Submit an article",
        description="Stores the article (or finds the same text or URL already stored) and "
        "queues statement extraction. 202: accepted, follow `status_url`; 200: already "
        "stored. Editors only; bodies over INGEST_MAX_BYTES are refused with 413.",
        request=ArticleSubmitSerializer,
        responses={202: ArticleStatusSerializer, 200: ArticleStatusSerializer},
        examples=[OpenApiExample("A wire story", value=SUBMIT_EXAMPLE, request_only=True)],
    )
    def create(self, request):
        data = ArticleSubmitSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        item = json_record(data.validated_data, source=f"api:{request.user.get_username()}")
        item = replace(item, outlet=data.validated_data["outlet"].strip() or "Unknown")
        result = article_ingest(item=item)
        article = selectors.article_status_queryset().get(pk=result.article.pk)
        body = ArticleStatusSerializer(article, context={"request": request}).data
        code = status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
        location = reverse("api:article-status", args=[article.pk])
        return Response(body, status=code, headers={"Location": location})

    @extend_schema(
        summary="Extraction status of an article",
        description="`pending` until a worker picks it up, then `extracting`, then "
        "`extracted` (its statements are listed) or `failed` (see `error`).",
        responses=ArticleStatusSerializer,
    )
    @action(detail=True, methods=["get"])
    def status(self, request, pk=None):
        article = self.get_object()
        article = selectors.article_status_queryset().get(pk=article.pk)
        return Response(ArticleStatusSerializer(article, context={"request": request}).data)
