"""Shapes of outlets and articles in the API."""

from rest_framework import serializers

from articles.models import Article, Outlet
from claims.api.fields import StrictCharField
from claims.models import Statement


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "homepage", "created_at"]


class OutletBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug"]


class ArticleStatementSerializer(serializers.ModelSerializer):
    speaker_canonical_name = serializers.CharField(
        source="speaker.canonical_name", default=None, allow_null=True, read_only=True
    )

    class Meta:
        model = Statement
        fields = [
            "id",
            "speaker",
            "speaker_canonical_name",
            "speaker_text",
            "cue",
            "content",
            "content_start",
            "content_end",
            "kind",
            "channel",
            "said_on",
            "confidence",
            "claim",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = OutletBriefSerializer(read_only=True)
    statements = ArticleStatementSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "outlet",
            "url",
            "title",
            "byline",
            "dateline_place",
            "published_at",
            "status",
            "created_at",
            "updated_at",
            "statements",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "error"]


class ArticleStatusSerializer(serializers.ModelSerializer):
    statement_count = serializers.IntegerField(read_only=True)
    status_url = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = ["id", "status", "error", "extracted_at", "statement_count", "status_url"]

    def get_status_url(self, article) -> str:
        from django.urls import reverse

        path = reverse("api:article-status", args=[article.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class ArticleSubmitSerializer(serializers.Serializer):
    """One article as JSON; the same fields as a JSON file given to `manage.py ingest`."""

    text = StrictCharField(trim_whitespace=False, help_text="The article body")
    outlet = StrictCharField(max_length=200)
    title = StrictCharField(max_length=500, required=False, allow_blank=True)
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True)
    byline = StrictCharField(max_length=500, required=False, allow_blank=True)
    published = StrictCharField(
        max_length=100,
        required=False,
        allow_blank=True,
        help_text="Publication date or date-time, e.g. 2025-05-29 or 2025-05-29T08:30:00Z",
    )
    dateline = StrictCharField(max_length=200, required=False, allow_blank=True)
