"""Webhook registration for editors."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.response import Response

from .base import ReadOnlyViewSet
from .inputs import WebhookInput
from .models import Webhook
from .permissions import CanReview
from .serializers import WebhookCreatedSerializer, WebhookSerializer
from .webhooks import webhook_register, webhook_remove

DESCRIPTION = (
    "Every newly confirmed discrepancy (a relation of any type but `agrees` reviewed to "
    "`confirmed`) is POSTed as JSON to each active webhook: `{event, delivery, confirmed_at, "
    "confirmed_by, note, relation}`. `X-Newsclaims-Signature: sha256=<hex>` is the "
    "HMAC-SHA256 of the body with the webhook's secret; `X-Newsclaims-Delivery` stays the "
    "same across retries. Failed deliveries are retried with growing delays."
)


@extend_schema_view(
    list=extend_schema(summary="Registered webhooks", description=DESCRIPTION),
    retrieve=extend_schema(summary="One webhook"),
    destroy=extend_schema(summary="Remove a webhook"),
)
class WebhookViewSet(mixins.CreateModelMixin, mixins.DestroyModelMixin, ReadOnlyViewSet):
    queryset = Webhook.objects.all()
    serializer_class = WebhookSerializer
    filterset_class = None
    permission_classes = [CanReview]
    ordering_fields = ["created_at", "id"]
    default_ordering = "created_at"

    @extend_schema(
        summary="Register a webhook",
        description=DESCRIPTION + " The secret is shown in this response only.",
        request=WebhookInput,
        responses={201: WebhookCreatedSerializer},
        examples=[
            OpenApiExample(
                "Register", value={"url": "https://hooks.example.org/newsclaims"}, request_only=True
            )
        ],
    )
    def create(self, request):
        data = WebhookInput(data=request.data)
        data.is_valid(raise_exception=True)
        webhook = webhook_register(actor=request.user, **data.validated_data)
        return Response(WebhookCreatedSerializer(webhook).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        webhook_remove(webhook=instance)
