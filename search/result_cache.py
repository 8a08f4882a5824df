"""Searches answered again from the cache: the same words, filters, page and order, in the same language
on the same site, within `SEARCH_RESULT_CACHE_SECONDS` (60 by default; 0 turns it off).

A search is computed once and the page of results it shows (its rows, counts and facets, not every hit)
kept; the next visitor asking the same gets it without a request to the search server or a row read
from the database. Its key names the page-cache version (portal/page_cache.py), so publishing,
unpublishing or moving a page, saving a member organisation or a document, or changing a private
section makes every kept search stale at once. A change indexed later (a document's text, read in the
background) shows within the same delay as in the HTTP caches the search API allows (`max-age=60`).

An answer of the database in place of the search server (`reduced_mode`) is not kept: the next
search asks the server again.
"""

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpRequest
from wagtail.models import Locale

from portal.page_cache import current_version

from .rows import Result
from .services import search_backend_for_query

logger = logging.getLogger(__name__)

DEFAULT_SECONDS = 60


def seconds_kept() -> int:
    return int(getattr(settings, "SEARCH_RESULT_CACHE_SECONDS", DEFAULT_SECONDS))


class _Shown:
    """The rows of one page of results, standing for all of them before a paginator: its length is
    the number of results, its slice of that page the rows kept."""

    def __init__(self, total: int, start: int, rows: list[Result]) -> None:
        self.total, self.start, self.rows = total, start, rows

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: slice) -> list[Result]:
        return self.rows if index.start == self.start else []


def _kept(outcome: Any) -> Any:
    """The search as kept: its page of results, without the hits it was counted from."""
    page = outcome.page_obj
    paginator = page.paginator
    start = (page.number - 1) * paginator.per_page
    shown = Paginator(_Shown(paginator.count, start, list(outcome.results)), paginator.per_page)
    return replace(outcome, page_obj=shown.page(page.number))


def _key(
    query: str, locale: Locale, filters: Mapping[str, Any], page: Any, sort: str, request: HttpRequest | None
) -> str:
    asked = json.dumps(
        {
            "query": query,
            "filters": {name: [str(value) for value in values] for name, values in sorted(filters.items())},
            "page": str(page),
            "sort": sort,
            "host": request.get_host() if request is not None else "",
            "secure": request.is_secure() if request is not None else False,
        },
        sort_keys=True,
    )
    digest = hashlib.sha256(asked.encode()).hexdigest()[:32]
    return f"search:results:{current_version()}:{search_backend_for_query()}:{locale.pk}:{digest}"


def remembered_search(
    compute: Callable[[], Any],
    *,
    query: str,
    locale: Locale,
    filters: Mapping[str, Any],
    page: Any,
    sort: str,
    request: HttpRequest | None,
) -> Any:
    """The search `compute` returns, or the same search kept from a moment ago."""
    seconds = seconds_kept()
    if seconds <= 0:
        return compute()
    try:
        key = _key(query, locale, filters, page, sort, request)
        kept = cache.get(key)
    except Exception:  # without a cache, every search is computed
        logger.warning("Could not read kept searches", exc_info=True)
        return compute()
    if kept is not None:
        return kept
    outcome = compute()
    if not outcome.reduced_mode:
        try:
            cache.set(key, _kept(outcome), seconds)
        except Exception:
            logger.warning("Could not keep the search for %r", query[:200], exc_info=True)
    return outcome
