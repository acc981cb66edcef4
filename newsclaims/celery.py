"""Celery application: Redis broker, configuration read from Django settings (CELERY_*)."""

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsclaims.settings")

app = Celery("newsclaims")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def warm_language_model(**_kwargs) -> None:
    """Load spaCy and dateparser's language data once per worker process, before the first
    task pays for them."""
    from django.conf import settings

    if not settings.CELERY_WARM_MODEL:
        return
    try:
        from claims.crossref.dates import warm_up
        from claims.extraction.model import get_nlp
    except ImportError:
        return
    get_nlp(settings.SPACY_MODEL)
    warm_up()
