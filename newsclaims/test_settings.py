"""Settings for the test suite: the real local PostgreSQL and Redis unless overridden."""

import os
import uuid

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsclaims")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# The suite serves its pages and webhook receivers on 127.0.0.1.
os.environ.setdefault("OUTBOUND_ALLOW_PRIVATE", "true")
# One queue per test run, so a worker started by a test never takes another run's tasks.
os.environ.setdefault("CELERY_QUEUE", f"newsclaims-test-{uuid.uuid4().hex[:8]}")

from .settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
