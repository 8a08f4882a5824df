"""Production hardening, applied when DJANGO_ENV=production."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, DEFAULT_SECRET_KEY, REDIS_URL, SECRET_KEY, env

if SECRET_KEY == DEFAULT_SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_ENV=production needs SECRET_KEY set to a long random value.")
if DEBUG:
    raise ImproperlyConfigured("DJANGO_ENV=production refuses to run with DEBUG on.")
if not REDIS_URL:
    # Login rate limits and the page cache must be shared by every process.
    raise ImproperlyConfigured("DJANGO_ENV=production needs REDIS_URL: rate limits live in the cache.")

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Wagtail's live preview shows pages in a same-origin frame, so X-Frame-Options stays
# SAMEORIGIN (CSP's frame-ancestors 'self' says the same).
SILENCED_SYSTEM_CHECKS = ["security.W019"]
