"""The header's main navigation: the home page of a language and its children shown in menus.

The pages are read once per site and language and kept in the cache with the page-cache version,
which publishing, unpublishing, moving or deleting any page changes: a new page in the menu shows
at once. What is the same for everyone is cached (live pages are public to list); the links to the
portal's own views are added on each request, in the visitor's language.
"""

from typing import Any

from django.core.cache import cache
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from .page_cache import current_version

NAVIGATION_SECONDS = 3600


def _menu_pages(request: HttpRequest, locale_id: int, home: Page | None) -> dict[str, Any]:
    key = f"portal:navigation:{current_version()}:{request.get_host()}:{locale_id}"
    found = cache.get(key)
    if found is None:
        home = home or Page.objects.filter(depth=2, locale_id=locale_id).first()
        items = []
        if home:
            children = home.get_children().live().in_menu().only("title", "url_path", "path", "depth")
            items = [{"title": child.title, "url": child.get_url(request)} for child in children]
        found = {"home": (home.get_url(request) if home else None) or "/", "items": items}
        cache.set(key, found, NAVIGATION_SECONDS)
    return found


def main_navigation(request: HttpRequest, locale_id: int, home: Page | None = None) -> dict[str, Any]:
    """The home page's address and the menu's items (title and address) for `locale_id`.

    `home`, when the caller has it (on the home page itself), saves reading it.
    """
    pages = _menu_pages(request, locale_id, home)
    return {
        "home": pages["home"],
        "items": [
            *pages["items"],
            {"title": _("Members"), "url": reverse("member_directory")},
            {"title": _("Documents"), "url": reverse("document_library")},
            {"title": _("Observatory"), "url": reverse("observatory:index")},
        ],
    }
