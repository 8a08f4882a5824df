"""Settings shared by every environment, read from the environment (and `.env`).

With no variable set the portal runs on its embedded defaults: SQLite, Wagtail's
database search backend, Celery tasks run eagerly, a local-memory cache and mail
written as files under ``var/mail/``. Each external service switches on when its
URL is set.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"  # local data: SQLite database, mail files, media, collected static
VAR_DIR.mkdir(exist_ok=True)

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
DEFAULT_SECRET_KEY = "insecure-development-key-change-me"  # noqa: S105 - refused in production
SECRET_KEY = env.str("SECRET_KEY", default=DEFAULT_SECRET_KEY)
# Earlier keys, during a rotation: signed links and MFA secrets made with them still work.
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
DEBUG = env.bool("DEBUG", default=DJANGO_ENV != "production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "accounts",
    "outbox",
    "clusters",
    "members",
    "practices",
    "agenda",
    "documents",
    "meetings",
    "proposals",
    "news",
    "following",
    "observatory",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.RejectControlCharactersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AdminRequiresMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
# Every form's labels: a question ends with its question mark, without ":" (portal/form_labels.py).
FORM_RENDERER = "portal.form_labels.FormRenderer"

# Database: SQLite under var/ unless DATABASE_URL points elsewhere.
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and an immediate transaction mode keep concurrent writers from failing
    # with "database is locked"; the timeout makes a busy database wait a little.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "medclusters",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)

# Celery: eager when no broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
# A request must never wait on a dead broker: fail fast, the outbox sweep catches up.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 2, "max_retries": 1}
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {"task": "outbox.tasks.sweep_outbox", "schedule": 60.0},
    "search-index-catch-up": {"task": "search.tasks.catch_up_search_index", "schedule": 60.0},
    "event-reminders": {"task": "agenda.tasks.send_event_reminders", "schedule": 3600.0},
    "meeting-requests-expiry": {"task": "meetings.tasks.remind_and_expire_meeting_requests", "schedule": 300.0},
    "meeting-follow-ups": {"task": "meetings.tasks.send_meeting_follow_ups", "schedule": 3600.0},
    "proposals-search-reminders": {"task": "proposals.tasks.remind_expiring_partner_searches", "schedule": 3600.0},
    "proposals-partner-search-expiry": {"task": "proposals.tasks.close_expired_partner_searches", "schedule": 3600.0},
    "proposals-interest-reminders": {"task": "proposals.tasks.remind_unanswered_interests", "schedule": 3600.0},
    "following-weekly-digest": {
        "task": "following.tasks.send_weekly_digests",
        "schedule": crontab(minute=0, hour=6, day_of_week="mon"),
    },
    "search-log-flush": {"task": "search.tasks.flush_search_log", "schedule": 60.0},
    "search-vocabulary-rebuild": {"task": "search.tasks.rebuild_search_vocabulary", "schedule": 3600.0},
}

# Days after a meeting rated "cooperation possible" both sides are asked what came of it.
MEETING_FOLLOW_UP_DAYS = env.int("MEETING_FOLLOW_UP_DAYS", default=28)

# Mail: every message goes through the outbox; delivery uses EMAIL_URL,
# or files under var/mail/ when it is not set.
EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"
EMAIL_URL = env.str("EMAIL_URL", default="")
if EMAIL_URL:
    # The server's address and credentials; the backend that reaches it is the outbox's.
    vars().update({name: value for name, value in env.email_url("EMAIL_URL").items() if name != "EMAIL_BACKEND"})
    OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Medclusters <no-reply@medclusters.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
OUTBOX_MAX_ATTEMPTS = 8

# Search: Wagtail's database backend unless SEARCH_URL names a search server. With a server,
# "default" is the server and "database" is Wagtail's database backend, both kept current:
# Wagtail updates "database" in the same transaction as each change, and leaves the server alone
# (AUTO_UPDATE False); search/services.py queues each change and a Celery task sends it after the
# commit, so nobody waits for the server. Searches fall back to "database" while the server is
# unreachable. `update_index` rebuilds into a new index and then switches an alias to it.
# The server's backend is Wagtail's, searching each page's per-language fields too (search/backends).
# Text is analysed by language (portal/search_fields.py): English and French with stop words and stemming,
# Arabic with its letter forms normalised (أ إ آ → ا, ة → ه, ؤ → و, ئ ى → ي) and light stemming; every
# other text field with the "default" analyser, which folds accents and Arabic letter forms and takes
# the article and common endings off Arabic words (the Arabic light stemmer leaves other scripts alone).
SEARCH_URL = env.str("SEARCH_URL", default="")
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="elasticsearch9")
SEARCH_INDEX = env.str("SEARCH_INDEX", default="medclusters")
# The same search asked again within this many seconds is answered from the cache (0: never).
SEARCH_RESULT_CACHE_SECONDS = env.int("SEARCH_RESULT_CACHE_SECONDS", default=60)
SEARCH_ANALYSIS = {
    "char_filter": {
        "arabic_letter_forms": {
            "type": "mapping",
            "mappings": ["أ => ا", "إ => ا", "آ => ا", "ٱ => ا", "ة => ه", "ؤ => و", "ئ => ي", "ى => ي"],
        },
        # The same without the alef forms: they wait for arabic_normalization, after the stemmer has taken
        # the article off ("الإلكترونيات" and "إلكترونيات" then give the same stem).
        "arabic_letter_forms_but_alef": {
            "type": "mapping",
            "mappings": ["ٱ => ا", "ة => ه", "ؤ => و", "ئ => ي", "ى => ي"],
        },
        "apostrophes": {"type": "mapping", "mappings": ["’ => '", "ʼ => '"]},
    },
    "filter": {
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
        },
        "french_stop": {"type": "stop", "stopwords": "_french_"},
        "french_stemmer": {"type": "stemmer", "language": "light_french"},
        "arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
        "arabic_stemmer": {"type": "stemmer", "language": "arabic"},
    },
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["arabic_letter_forms", "apostrophes"],
            "filter": ["lowercase", "asciifolding", "arabic_normalization", "arabic_stemmer"],
        },
        "english_stemmed": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["apostrophes"],
            "filter": ["english_possessive", "lowercase", "english_stop", "english_stemmer", "asciifolding"],
        },
        "french_stemmed": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["apostrophes"],
            "filter": ["french_elision", "lowercase", "french_stop", "french_stemmer", "asciifolding"],
        },
        "arabic_normalised": {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["arabic_letter_forms_but_alef"],
            "filter": ["lowercase", "decimal_digit", "arabic_stop", "arabic_stemmer", "arabic_normalization"],
        },
    },
}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{SEARCH_BACKEND}",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": 3,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {"settings": {"analysis": SEARCH_ANALYSIS}},
            "AUTO_UPDATE": False,
            "ATOMIC_REBUILD": True,
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Accounts (django-allauth): login by email, mandatory verification.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "accounts.validators.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = "strict"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Medclusters] "
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Medclusters"
# In production, screens with other people's data need a session that passed MFA (accounts/mfa.py).
MFA_REQUIRED = DJANGO_ENV == "production"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"

# Languages: English, French and Arabic, in the URL.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("ar", _("Arabic"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.str("MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Medclusters"
WAGTAILADMIN_BASE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "pptx", "csv", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# Security headers applied everywhere; production adds HSTS and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-src 'self' https://www.youtube-nocookie.com; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
# Wagtail's admin still relies on inline styles and on inline event data.
CONTENT_SECURITY_POLICY_ADMIN = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
PERMISSIONS_POLICY = "camera=(self), geolocation=(), microphone=(), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
    },
}
