"""API credentials and outbound webhooks.

Tokens are stored as a SHA-256 hash of the key plus a short prefix to recognise them; the key
itself is shown once, when it is created. Webhook secrets are kept as they are: the server
needs them to sign every delivery.
"""

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for")
    key_prefix = models.CharField(max_length=12, help_text="First characters of the key")
    key_hash = models.CharField(max_length=64, unique=True, help_text="sha256 of the key")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "revoked_at"], name="apitoken_user_active")]

    def __str__(self) -> str:
        return f"{self.key_prefix}… ({self.name or self.user})"

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class Webhook(models.Model):
    """A URL that receives a signed POST for every newly confirmed discrepancy."""

    url = models.URLField(max_length=2000)
    secret = models.CharField(max_length=128, help_text="HMAC-SHA256 key for the signature")
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_delivery_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.url
