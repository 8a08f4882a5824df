"""The search as JSON: `/api/search/` (results and facets) and `/api/search/suggest/` (titles as you type)."""

import logging

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from portal.locales import locales_by_language
from portal.translations import default_language

from . import suggestions
from .promotions import promoted_json
from .querylog import log_search
from .results import FACETS, clean_query, search_portal

logger = logging.getLogger(__name__)


class BadRequest(Exception):
    """A parameter the API cannot answer; its message is returned to the client."""


def _locale(request: HttpRequest) -> Locale:
    language = request.GET.get("lang", default_language())
    locale = locales_by_language().get(language)
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
            "notice": outcome.relaxation.as_json() if outcome.relaxation else None,
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
            found = suggestions.suggest(query, locale, request)
    except Exception:
        logger.exception("Search suggestions failed for %r", query)
        found = []
    return JsonResponse(found, safe=False)
