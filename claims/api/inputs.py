"""Request bodies of the write endpoints: types and presence only; the services decide."""

from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import serializers

from claims.models import Relation, Statement
from newsclaims.outbound import BlockedAddress, check_public

from .fields import StrictCharField


class RelationReviewInput(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=[Relation.Review.CONFIRMED, Relation.Review.DISMISSED],
        help_text="confirmed: the discrepancy is real; dismissed: it is not",
    )
    note = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")


class FlagRaiseInput(serializers.Serializer):
    statement = serializers.PrimaryKeyRelatedField(
        queryset=Statement.objects.all(), required=False, allow_null=True, default=None
    )
    relation = serializers.PrimaryKeyRelatedField(
        queryset=Relation.objects.all(), required=False, allow_null=True, default=None
    )
    note = StrictCharField(max_length=5000)
    assignee = serializers.SlugRelatedField(
        slug_field="username",
        queryset=get_user_model().objects.filter(is_active=True),
        required=False,
        allow_null=True,
        default=None,
    )

    def validate(self, data):
        if (data["statement"] is None) == (data["relation"] is None):
            raise serializers.ValidationError("give exactly one of statement or relation")
        return data


class FlagResolveInput(serializers.Serializer):
    resolution = StrictCharField(required=False, allow_blank=True, max_length=5000, default="")


class SpeakerMergeInput(serializers.Serializer):
    others = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
        min_length=1,
        max_length=100,
        help_text="Ids of the speakers folded into this one",
    )


class WebhookInput(serializers.Serializer):
    url = serializers.URLField(max_length=2000, help_text="http(s) URL that receives the POSTs")
    secret = StrictCharField(
        min_length=16,
        max_length=128,
        required=False,
        help_text="HMAC-SHA256 key; generated when left out",
    )

    def validate_url(self, value: str) -> str:
        if not value.lower().startswith(("http://", "https://")):
            raise serializers.ValidationError("use an http or https URL")
        if not settings.OUTBOUND_ALLOW_PRIVATE:
            try:
                check_public(value)
            except BlockedAddress as exc:
                raise serializers.ValidationError(f"use a public address: {exc}") from None
        return value


class DiscrepancyQueryInput(serializers.Serializer):
    """Filters of the grouped discrepancy list, as in the review queue."""

    type = serializers.ChoiceField(
        choices=Relation.Type.choices, required=False, allow_blank=True, default=""
    )
    outlet = StrictCharField(required=False, allow_blank=True, max_length=200, default="")
    speaker = serializers.IntegerField(required=False, min_value=1, default=None)
    status = serializers.ChoiceField(
        choices=Relation.Review.choices, required=False, allow_blank=True, default=""
    )
    page = serializers.IntegerField(required=False, min_value=1, default=1)
