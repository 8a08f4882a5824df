"""Index pages' listings: filters chosen in the query string (GET, no script needed) and pages of results.

An index page builds `options` (for each filter, the values it accepts: only those some listed
item has, mapped to what the menu shows), then lets `filtered_listing` pick the valid choices from
the request, apply them and cut one page. Anything else in the query string is ignored.
"""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

Items = TypeVar("Items")
Options = Mapping[str, Mapping[str, Any]]


def page_number(value: str | None) -> int:
    """The page asked for: anything but a positive number gives the first (the paginator caps the last)."""
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1


def paginate(items: Any, request: HttpRequest, per_page: int) -> Page:
    """One page of `items`, read from the database once (its rows are a list)."""
    page_obj = Paginator(items, per_page).get_page(page_number(request.GET.get("page")))
    page_obj.object_list = list(page_obj.object_list)
    return page_obj


def selected_filters(request: HttpRequest, options: Options) -> dict[str, str]:
    """For each filter, the value asked for when the filter accepts it, "" otherwise."""
    asked = {name: request.GET.get(name, "") for name in options}
    return {name: value if value in options[name] else "" for name, value in asked.items()}


def filter_query(selected: Mapping[str, str]) -> str:
    """The chosen filters as a query string, for the pagination links."""
    return urlencode({name: value for name, value in selected.items() if value})


def filtered_listing(
    request: HttpRequest,
    items: Items,
    options: Options,
    apply_filters: Callable[[Items, dict[str, str]], Any],
    per_page: int,
) -> dict[str, Any]:
    """The context of a filtered, paginated listing: `page_obj`, `selected`, `filtered`, `filter_query`."""
    selected = selected_filters(request, options)
    return {
        "page_obj": paginate(apply_filters(items, selected), request, per_page),
        "selected": selected,
        "filtered": any(selected.values()),
        "filter_query": filter_query(selected),
    }
