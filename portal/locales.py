"""The site's locales, read once and kept in the cache with the page-cache version.

Every page, and the search, needs the locale of the visitor's language: reading it from the cache
saves a query each time. Adding, changing or removing a locale bumps the version (see
`portal/apps.py`), so the next request reads them afresh.
"""

from django.core.cache import cache
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .page_cache import current_version
from .translations import default_language

LOCALES_SECONDS = 3600


def locales_by_language() -> dict[str, Locale]:
    """Every locale, by language code."""
    key = f"portal:locales:{current_version()}"
    found = cache.get(key)
    if found is None:
        found = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(key, found, LOCALES_SECONDS)
    return found


def locale_for(language: str | None) -> Locale | None:
    """The locale of `language` (or of its closest supported variant), None when there is none."""
    try:
        code = get_supported_content_language_variant(language or default_language())
    except LookupError:
        return None
    return locales_by_language().get(code)


def active_locale() -> Locale:
    """The locale of the active language, as Wagtail's `Locale.get_active()`, without a query."""
    return locale_for(translation.get_language()) or locale_for(default_language()) or Locale.get_active()
