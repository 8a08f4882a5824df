"""Site search over published pages in the visitor's language."""

import logging

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from .services import search_with_fallback

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results: list[Page] = []
    error = reduced_mode = False
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            outcome = search_with_fallback(pages, query, operator="and")
        except Exception:
            logger.exception("Search failed for %r", query)
            error = True
        else:
            results, reduced_mode = outcome.results, outcome.reduced_mode
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    context = {"query": query, "page_obj": page, "search_error": error, "reduced_mode": reduced_mode}
    return TemplateResponse(request, "search/search.html", context)
