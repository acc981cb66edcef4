from django.db import models
from django.urls import reverse
from django.utils.text import slugify


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "outlet"
        super().save(*args, **kwargs)


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        EXTRACTING = "extracting", "Extracting"
        EXTRACTED = "extracted", "Extracted"
        FAILED = "failed", "Failed"

    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=500, blank=True)
    dateline_place = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    body = models.TextField()
    # sha256 of the normalised body: the same text from another path or URL is one article.
    content_hash = models.CharField(max_length=64, unique=True)
    source = models.CharField(
        max_length=2000, blank=True, help_text="File path or URL it came from"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    linked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~models.Q(url=""), name="article_unique_url"
            ),
            models.CheckConstraint(condition=~models.Q(body=""), name="article_body_not_empty"),
        ]
        indexes = [
            models.Index(fields=["outlet", "-published_at"], name="article_outlet_published"),
            models.Index(fields=["-published_at", "-id"], name="article_published"),
            models.Index(fields=["status"], name="article_status"),
            models.Index(fields=["updated_at"], name="article_updated"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])
