"""The site search page: published pages of every language and member organisations, with facets."""

import logging

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from portal.listing import page_number
from portal.locales import active_locale

from .querylog import log_search
from .results import FACETS, SearchPage, clean_query, empty_search_page, filter_query, search_portal
from .services import search_with_fallback

logger = logging.getLogger(__name__)


def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    filters = {name: request.GET.getlist(name) for name in FACETS}
    sort = request.GET.get("sort", "relevance")
    error = False
    try:
        outcome = search_portal(
            query,
            locale=active_locale(),
            filters=filters,
            page=page_number(request.GET.get("page")),
            sort=sort,
            request=request,
            searcher=search_with_fallback,
        )
        log_search(outcome, request.LANGUAGE_CODE)
    except Exception:
        logger.exception("Search failed for %r", query)
        error = True
        outcome = empty_search_page()
    facets = [
        {
            "name": name,
            "options": [
                {
                    "option": option,
                    "query": filter_query(
                        query,
                        outcome.filters,
                        outcome.sort,
                        **{"remove" if option.selected else "add": (name, option.value)},
                    ),
                }
                for option in outcome.facets[name]
            ],
        }
        for name in FACETS
        if outcome.facets[name]
    ]
    active_filters = [
        {
            "name": name,
            "value": value,
            "label": _label(outcome, name, value),
            "query": filter_query(query, outcome.filters, outcome.sort, remove=(name, value)),
        }
        for name, values in outcome.filters.items()
        for value in values
    ]
    context = {
        "query": query,
        "search": outcome,
        "page_obj": outcome.page_obj,
        "facets": facets,
        "active_filters": active_filters,
        "sort": outcome.sort,
        "sort_queries": {sort: filter_query(query, outcome.filters, sort=sort) for sort in ("relevance", "date")},
        "page_query": filter_query(query, outcome.filters, outcome.sort),
        "search_error": error,
        "reduced_mode": outcome.reduced_mode,
    }
    return TemplateResponse(request, "search/search.html", context)


def _label(outcome: SearchPage, name: str, value: str) -> str:
    return next((option.label for option in outcome.facets[name] if option.value == value), value)
