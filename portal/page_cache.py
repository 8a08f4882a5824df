"""Full-page cache for anonymous visitors, invalidated whenever a page changes.

Only Wagtail page views are cached, only for visitors without a session or
pending messages, and only responses that set no cookie. Publishing,
unpublishing, moving or deleting any page bumps a version number that is part
of every cache key, so the next view renders afresh.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from wagtail import views as wagtail_views

VERSION_KEY = "page-cache:version"
CACHEABLE_VIEWS = {wagtail_views.serve}


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate_page_cache(**kwargs: object) -> None:
    """Make every cached page stale (connected to Wagtail's page signals)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _is_anonymous_without_state(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        if view_func not in CACHEABLE_VIEWS or not _is_anonymous_without_state(request):
            return None
        key = self._key(request)
        request.META["page_cache.key"] = key
        cached = cache.get(key)
        if cached is not None:
            cached.headers["X-Page-Cache"] = "hit"
            return cached
        return None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        key = request.META.get("page_cache.key")
        if key and response.headers.get("X-Page-Cache") != "hit" and self._storable(response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            response.headers["X-Page-Cache"] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _key(request: HttpRequest) -> str:
        return f"page-cache:{current_version()}:{request.get_host()}:{request.get_full_path()}"

    @staticmethod
    def _storable(response: HttpResponse) -> bool:
        return (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "private" not in response.headers.get("Cache-Control", "")
        )
