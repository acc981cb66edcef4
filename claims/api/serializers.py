"""Shapes of the claim graph in the API: read-only representations.

The querysets that feed them (claims.api.views) load every relation they touch up front, so a
page costs the same number of queries whatever its size.
"""

from rest_framework import serializers

from articles.api.serializers import OutletBriefSerializer
from articles.models import Article
from claims.models import Claim, Flag, Relation, Speaker, Statement

from .models import Webhook


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "canonical_name", "kind"]


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = Speaker
        fields = [
            "id",
            "canonical_name",
            "kind",
            "role",
            "description",
            "aliases",
            "created_at",
            "updated_at",
        ]


class ArticleBriefSerializer(serializers.ModelSerializer):
    outlet = OutletBriefSerializer(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "published_at", "outlet"]


class StatementSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Statement
        fields = [
            "id",
            "article",
            "speaker",
            "speaker_text",
            "speaker_name",
            "cue",
            "content",
            "content_start",
            "content_end",
            "kind",
            "channel",
            "said_on",
            "confidence",
            "claim",
            "created_at",
            "updated_at",
        ]


class ClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(read_only=True, allow_null=True)
    statements = StatementSerializer(many=True, read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "summary", "speaker", "statements", "created_at", "updated_at"]


class RelationSerializer(serializers.ModelSerializer):
    statement_a = StatementSerializer(read_only=True)
    statement_b = StatementSerializer(read_only=True)
    reviewed_by = serializers.SlugRelatedField(
        read_only=True, slug_field="username", allow_null=True
    )

    class Meta:
        model = Relation
        fields = [
            "id",
            "type",
            "review_status",
            "score",
            "evidence",
            "claim",
            "statement_a",
            "statement_b",
            "reviewed_by",
            "reviewed_at",
            "created_at",
            "updated_at",
        ]


class FlagSerializer(serializers.ModelSerializer):
    raised_by = serializers.SlugRelatedField(read_only=True, slug_field="username")
    assignee = serializers.SlugRelatedField(read_only=True, slug_field="username", allow_null=True)
    resolved_by = serializers.SlugRelatedField(
        read_only=True, slug_field="username", allow_null=True
    )

    class Meta:
        model = Flag
        fields = [
            "id",
            "statement",
            "relation",
            "note",
            "status",
            "raised_by",
            "assignee",
            "resolved_by",
            "resolved_at",
            "resolution",
            "created_at",
            "updated_at",
        ]


class WebhookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Webhook
        fields = ["id", "url", "active", "created_at", "last_delivery_at", "last_status"]


class WebhookCreatedSerializer(WebhookSerializer):
    """Shown once, at registration: the secret the receiver checks signatures with."""

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]


class DiscrepancySideSerializer(serializers.Serializer):
    outlet = serializers.CharField()
    value = serializers.CharField()
    detail = serializers.CharField(help_text="The value read out: an interval, a resolved day")


class DiscrepancyPairSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    review_status = serializers.CharField()
    score = serializers.FloatField()
    statement_a = serializers.IntegerField(source="statement_a_id")
    statement_b = serializers.IntegerField(source="statement_b_id")


class GroupedDifferenceSerializer(serializers.Serializer):
    type = serializers.CharField()
    score = serializers.FloatField(help_text="Probability that the difference is real")
    pending = serializers.BooleanField(help_text="A pair behind it awaits review")
    sides = DiscrepancySideSerializer(many=True)
    relations = DiscrepancyPairSerializer(many=True)


class ClaimDiscrepanciesSerializer(serializers.Serializer):
    """One claim's discrepancies: what differs between the outlets that carry it."""

    key = serializers.CharField(help_text='"claim-<id>", or "pair-<id>" outside any claim')
    claim = serializers.IntegerField(source="claim_id", allow_null=True)
    speaker = serializers.CharField()
    summary = serializers.CharField()
    outlets = serializers.ListField(child=serializers.CharField())
    confidence = serializers.FloatField()
    differences = GroupedDifferenceSerializer(many=True)


class DiscrepancyPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Claims with discrepancies in all")
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ClaimDiscrepanciesSerializer(many=True)
