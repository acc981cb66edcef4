from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"

    def ready(self) -> None:
        # Webhooks on confirmed discrepancies; also registers claims.api.tasks with Celery.
        from .api import signals  # noqa: F401
