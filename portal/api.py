"""Wagtail's read-only API v2: pages, images and documents.

`?search=` is read as people type it: words, "quoted phrases", a stray quote ignored, and
`search_operator` either "and" or "or". Wagtail hands the raw text to the search backend, where an
unbalanced quote is a syntax error of the database's full-text query (a 500 on SQLite).
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


def _with_typed_search(viewset: type) -> type:
    backends = [TypedSearchFilter if backend is SearchFilter else backend for backend in viewset.filter_backends]
    return type(viewset.__name__, (viewset,), {"filter_backends": backends, "__module__": __name__})


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", _with_typed_search(PagesAPIViewSet))
api_router.register_endpoint("images", _with_typed_search(ImagesAPIViewSet))
api_router.register_endpoint("documents", _with_typed_search(DocumentsAPIViewSet))
