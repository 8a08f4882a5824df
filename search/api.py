"""The search as JSON: `/api/search/` (results and facets) and `/api/search/suggest/` (titles as you type)."""

import logging
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from clusters.models import ClusterPage
from members.models import MemberOrganisation
from portal.translations import default_language

from . import services
from .promotions import promoted_json
from .querylog import log_search
from .results import FACETS, clean_query, search_portal
from .rows import page_type_of

logger = logging.getLogger(__name__)

SUGGESTIONS = 8


class BadRequest(Exception):
    """A parameter the API cannot answer; its message is returned to the client."""


def _locale(request: HttpRequest) -> Locale:
    language = request.GET.get("lang", default_language())
    locale = Locale.objects.filter(language_code=language).first()
    if language not in dict(settings.WAGTAIL_CONTENT_LANGUAGES) or locale is None:
        codes = ", ".join(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
        raise BadRequest(f"Unknown language {language[:20]!r}; use one of: {codes}.")
    return locale


def _page(request: HttpRequest) -> int:
    value = request.GET.get("page", "1")
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise BadRequest("page must be a positive whole number.")
    return int(value)


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@require_GET
@cache_control(public=True, max_age=60)
def search(request: HttpRequest) -> JsonResponse:
    try:
        locale, page = _locale(request), _page(request)
    except BadRequest as error:
        return _error(str(error), 400)
    with translation.override(locale.language_code):
        try:
            outcome = search_portal(
                request.GET.get("q", ""),
                locale=locale,
                filters={name: request.GET.getlist(name) for name in FACETS},
                page=page,
                sort=request.GET.get("sort", "relevance"),
                request=request,
            )
            log_search(outcome, locale.language_code)
        except Exception:
            logger.exception("Search API failed for %r", request.GET.get("q", "")[:200])
            return _error("Search is unavailable at the moment.", 503)
        body = {
            "total": outcome.total,
            "page": outcome.page_obj.number,
            "pages": outcome.page_obj.paginator.num_pages,
            "reduced_mode": outcome.reduced_mode,
            "results": [result.as_json() for result in outcome.results],
            "promoted": promoted_json(outcome, locale, request),
            "facets": {name: {option.value: option.count for option in outcome.facets[name]} for name in FACETS},
        }
    return JsonResponse(body)


@require_GET
@cache_control(public=True, max_age=60)
def suggest(request: HttpRequest) -> JsonResponse:
    try:
        locale = _locale(request)
    except BadRequest as error:
        return _error(str(error), 400)
    query = clean_query(request.GET.get("q", ""))
    if not query:
        return JsonResponse([], safe=False)
    try:
        with translation.override(locale.language_code):
            suggestions = _suggestions(query, locale, request)
    except Exception:
        logger.exception("Search suggestions failed for %r", query)
        suggestions = []
    return JsonResponse(suggestions, safe=False)


def _suggestions(query: str, locale: Locale, request: HttpRequest) -> list[dict[str, Any]]:
    """Up to eight pages of the language, then members, whose titles start like the query."""
    pages = Page.objects.live().public().filter(locale=locale)
    found = [
        {"title": page.title, "url": page.get_url(request) or "", "type": _page_type(page)}
        for page in _autocomplete(pages, query)[:SUGGESTIONS]
    ]
    if len(found) < SUGGESTIONS:
        directory = reverse("member_directory")
        live_clusters = list(ClusterPage.objects.live().values_list("pk", flat=True))
        members = MemberOrganisation.objects.filter(cluster_id__in=live_clusters)
        found += [
            {"title": member.name, "url": f"{directory}?{urlencode({'q': member.name})}", "type": "member"}
            for member in _autocomplete(members, query)[: SUGGESTIONS - len(found)]
        ]
    return found


def _page_type(page: Page) -> str:
    """The result type of a page ("cluster", "practice"…; see search/rows.py), "page" for other pages."""
    page_type = page_type_of(ContentType.objects.get_for_id(page.content_type_id).model_class())
    return page_type.value if page_type else "page"


def _autocomplete(queryset: Any, query: str) -> list[Any]:
    """Autocomplete on the search server, or on the database while the server is away."""
    backend = services.search_backend_for_query()
    if backend == services.SERVER_BACKEND:
        try:
            return list(queryset.autocomplete(query, backend=backend)[:SUGGESTIONS])
        except Exception as error:
            if not services.has_database_fallback():
                raise
            if services.means_server_unavailable(error):
                services.mark_search_server_down(error)
    return list(queryset.autocomplete(query, backend=services.DATABASE_BACKEND)[:SUGGESTIONS])
