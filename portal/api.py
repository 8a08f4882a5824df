"""Wagtail's read-only API v2: pages, images and documents.

`?search=` is read as people type it: words, "quoted phrases", a stray quote ignored, and
`search_operator` either "and" or "or". Wagtail hands the raw text to the search backend, where an
unbalanced quote is a syntax error of the database's full-text query (a 500 on SQLite).

`find/?id=` takes a whole number, else answers 400: Wagtail looks the id up as it comes (a 500).
"""

from typing import Any

from django.db.models import QuerySet
from modelsearch.utils import parse_query_string
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

OPERATORS = ("and", "or")


class TypedSearchFilter(SearchFilter):
    """Wagtail's search filter, given the parsed query rather than the raw text."""

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> Any:
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator") or None
        if operator not in (None, *OPERATORS):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        _filters, query = parse_query_string(request.GET["search"], operator=operator)
        typed, raw = request.GET.copy(), request._request.GET
        typed["search"] = query
        request._request.GET = typed  # for the duration of Wagtail's filter, which reads it there
        try:
            return super().filter_queryset(request, queryset, view)
        finally:
            request._request.GET = raw


class FindByWholeNumberId:
    def find_object(self, queryset: QuerySet, request: Any) -> Any:
        found = request.GET.get("id")
        if found is not None and not (found.isascii() and found.isdigit()):
            raise BadRequestError("id must be a whole number")
        return super().find_object(queryset, request)  # type: ignore[misc]


def _endpoint(viewset: type) -> type:
    """Wagtail's endpoint, with the typed search and a find by id that takes a whole number."""
    backends = [TypedSearchFilter if backend is SearchFilter else backend for backend in viewset.filter_backends]
    attributes = {"filter_backends": backends, "__module__": __name__}
    return type(viewset.__name__, (FindByWholeNumberId, viewset), attributes)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", _endpoint(PagesAPIViewSet))
api_router.register_endpoint("images", _endpoint(ImagesAPIViewSet))
api_router.register_endpoint("documents", _endpoint(DocumentsAPIViewSet))
