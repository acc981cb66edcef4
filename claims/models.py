"""The claim graph: speakers say statements in articles; statements that report the same
thing form a Claim; Relations are typed edges between two statements of different
articles; editors raise Flags and every review decision lands in the AuditEntry trail."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        PLACE = "place", "Place"
        UNKNOWN = "unknown", "Unknown"

    canonical_name = models.CharField(max_length=300)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.UNKNOWN)
    role = models.CharField(max_length=300, blank=True, help_text="Title or function")
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["canonical_name"]
        indexes = [models.Index(fields=["canonical_name"], name="speaker_name")]

    def __str__(self) -> str:
        return self.canonical_name

    def get_absolute_url(self) -> str:
        return reverse("claims:speaker", args=[self.pk])


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    # Casefolded, accent-free form used for lookups ("zelenskyy" for "Zelenskyy").
    normalized = models.CharField(max_length=300)
    # Start of the normalised surname: blocks spelling variants (Zelensky/Zelenskyy) together.
    surname_key = models.CharField(max_length=8, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "normalized"], name="alias_unique_per_speaker"
            )
        ]
        indexes = [
            models.Index(fields=["normalized"], name="alias_normalized"),
            models.Index(fields=["surname_key"], name="alias_surname_key"),
        ]

    def __str__(self) -> str:
        return self.name


class Claim(models.Model):
    """A cluster of statements, from different articles, that report the same thing."""

    summary = models.TextField(blank=True)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["updated_at"], name="claim_updated")]

    def __str__(self) -> str:
        return self.summary[:80] or f"Claim {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("claims:claim", args=[self.pk])


class Statement(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        INDIRECT = "indirect", "Indirect speech"
        MIXED = "mixed", "Paraphrase with quoted words"
        ASSERTION = "assertion", "Outlet's own assertion"

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="statements"
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    speaker_text = models.CharField(max_length=500, blank=True, help_text="The mention as written")
    speaker_name = models.CharField(
        max_length=300, blank=True, help_text="The name the mention resolves to in its article"
    )
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    cue = models.CharField(max_length=200, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    content = models.TextField()
    content_start = models.PositiveIntegerField()
    content_end = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    channel = models.CharField(max_length=100, blank=True)
    said_on = models.DateField(null=True, blank=True)
    confidence = models.FloatField(default=1.0)
    # Blocking keys for cross-referencing (claims.crossref.keys), " key key ".
    match_keys = models.TextField(blank=True, default="")
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "content_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "content_start", "content_end"], name="statement_one_per_span"
            ),
            models.CheckConstraint(
                condition=Q(content_end__gt=F("content_start")), name="statement_span_not_empty"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="statement_confidence_0_1",
            ),
        ]
        indexes = [
            models.Index(fields=["speaker", "-created_at"], name="statement_speaker"),
            models.Index(fields=["updated_at", "id"], name="statement_updated"),
            models.Index(fields=["claim"], name="statement_claim"),
            models.Index(fields=["said_on"], name="statement_said_on"),
        ]

    def __str__(self) -> str:
        who = self.speaker.canonical_name if self.speaker_id else (self.speaker_text or "?")
        return f"{who}: {self.content[:80]}"

    def save(self, *args, **kwargs):
        from .crossref.keys import stored_keys

        # Derived from the content on every save, so the keys can never go stale.
        self.match_keys = stored_keys(self.content)
        if kwargs.get("update_fields") is not None and "content" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "match_keys"}
        super().save(*args, **kwargs)


class Relation(models.Model):
    """A typed edge between two statements of different articles.

    Stored once per unordered pair and type: statement_a always has the lower id.
    """

    class Type(models.TextChoices):
        AGREES = "agrees", "Agrees"
        WORDING = "wording", "Wording differs"
        NUMBER = "number", "Number differs"
        DATE = "date", "Date differs"
        ATTRIBUTION = "attribution", "Attribution differs"
        CHANNEL = "channel", "Channel differs"
        CONTRADICTS = "contradicts", "Contradicts"

    class Review(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    statement_a = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    statement_b = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="relations"
    )
    type = models.CharField(max_length=12, choices=Type.choices)
    # Both statements report the same thing (an "agrees" edge, or a difference of detail):
    # claims are the connected groups of such edges.
    same_claim = models.BooleanField(default=False)
    evidence = models.JSONField(default=dict, blank=True)
    score = models.FloatField(default=0.0)
    review_status = models.CharField(
        max_length=10, choices=Review.choices, default=Review.SUGGESTED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(statement_a__lt=F("statement_b")), name="relation_ordered_no_self"
            ),
            models.UniqueConstraint(
                fields=["statement_a", "statement_b", "type"], name="relation_unique_edge"
            ),
        ]
        indexes = [
            models.Index(fields=["review_status", "type", "-created_at"], name="relation_queue"),
            models.Index(fields=["statement_b"], name="relation_statement_b"),
            models.Index(fields=["updated_at", "id"], name="relation_updated"),
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} #{self.statement_a_id}–#{self.statement_b_id}"


class Flag(models.Model):
    """An editor's flag on a statement or a relation (exactly one of them)."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"

    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    relation = models.ForeignKey(
        Relation, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    note = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(statement__isnull=False) & Q(relation__isnull=True))
                | (Q(statement__isnull=True) & Q(relation__isnull=False)),
                name="flag_exactly_one_target",
            )
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="flag_status")]

    def __str__(self) -> str:
        return f"Flag {self.pk} ({self.status})"


class AuditEntry(models.Model):
    """One change made by a person: a review, a flag, a speaker merge or split."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=50)
    relation = models.ForeignKey(
        Relation, null=True, blank=True, on_delete=models.CASCADE, related_name="audit"
    )
    flag = models.ForeignKey(
        Flag, null=True, blank=True, on_delete=models.CASCADE, related_name="audit"
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit"
    )
    details = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"
        indexes = [models.Index(fields=["-created_at"], name="audit_created")]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_id} at {self.created_at:%Y-%m-%d %H:%M}"


# Models of the API layer live beside it; importing them here registers them with the app.
from .api.models import ApiToken, Webhook  # noqa: E402,F401
