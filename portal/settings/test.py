"""Test settings: the environment's services when they are configured, fast otherwise."""

import os
import zlib
from urllib.parse import urlsplit, urlunsplit

from . import *  # noqa: F403
from .base import CACHES, DATABASES, VAR_DIR, WAGTAILSEARCH_BACKENDS

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_FILE_PATH = str(VAR_DIR / "test-mail")
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_RATE_LIMITS = False
PAGE_CACHE_SECONDS = 600
# Each search is computed, unless a test of the kept searches asks otherwise (search/result_cache.py).
SEARCH_RESULT_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests get their own indexes on a search server, apart from the development ones and from
# those of another run with its own TEST_DATABASE_NAME.
if "INDEX_PREFIX" in WAGTAILSEARCH_BACKENDS["default"]:
    TEST_INDEX = os.environ.get("TEST_DATABASE_NAME", "test").lower()
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = f"medclusters_{TEST_INDEX}_"

# Tests empty the cache (`cache.clear()` flushes a whole Redis database): each run gets a Redis
# database of its own (2-15, chosen by TEST_DATABASE_NAME), apart from development's.
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    test_redis_db = 2 + zlib.crc32(os.environ.get("TEST_DATABASE_NAME", "test").encode()) % 14
    redis_location = urlsplit(CACHES["default"]["LOCATION"])
    CACHES["default"]["LOCATION"] = urlunsplit(redis_location._replace(path=f"/{test_redis_db}"))

# Lets two test runs share one PostgreSQL server (Django's default is test_<name>).
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}

# Tasks run in the test process; outbox/tests/test_worker.py runs a real worker on the broker.
CELERY_TASK_ALWAYS_EAGER = True
