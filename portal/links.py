"""Absolute links to the portal, for mail, feeds and calendar files (where a path is not enough)."""

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page


def absolute_url(path: str) -> str:
    """The portal's public address (`SITE_URL`) followed by `path`; full URLs are kept as they are."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_absolute_url(page: Page) -> str:
    parts = page.get_url_parts()
    return absolute_url(parts[2] if parts and parts[2] else "/")


def absolute_reverse(name: str, language: str, **kwargs: Any) -> str:
    """The absolute URL of a named view, with its language prefix in `language`."""
    with translation.override(language):
        return absolute_url(reverse(name, kwargs=kwargs))
