"""One search over the portal: pages of every language and member organisations, as typed rows with facets.

Both searches go through `search_with_fallback`, so they keep answering from the database while the
search server is away. Pages are searched in every language; the hits of one translated item (one
translation key) make one result, shown in the visitor's language when it is translated. What the rows
show (see search/rows.py), and the facets counted over them, is then read from the database in a fixed
number of queries, whatever the number of results, and so is the same on every backend.
"""

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import zip_longest
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.query import SearchQuery

from clusters.taxonomy import Sector
from members.models import MemberOrganisation
from portal.countries import COUNTRY_CHOICES

from . import event_rows, proposal_rows  # noqa: F401 - they register their page types
from .document_results import found_documents
from .member_hits import DatabaseMembers, EngineMembers, MemberHits, NoMembers
from .page_hits import EnginePages, Hits, RankedRows
from .page_rows import page_rows
from .query import MAX_QUERY_LENGTH, ParsedQuery, clean_query, parse_query
from .ranked_pages import BestHits, counted_rows, items_found, read_whole
from .relevance import Relaxation, forgiving_search, terms_by_slug
from .result_cache import remembered_search
from .rows import (
    THEME_MODELS,
    Result,
    RowContext,
    type_labels,
)
from .services import (
    DATABASE_BACKEND,
    Searchable,
    SearchOutcome,
    has_database_fallback,
    mark_search_server_down,
    means_server_unavailable,
    search_backend_for_query,
    search_with_fallback,
)
from .snippets import make_snippet

__all__ = ["FACETS", "MAX_QUERY_LENGTH", "Result", "SearchPage", "clean_query", "search_portal"]

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
FACETS = ("type", "country", "cluster", "sector", "theme", "language", "date")
SORTS = ("relevance", "date")
PERIOD_LABELS = {"upcoming": _("Upcoming"), "this-month": _("This month"), "past": _("Past")}
PERIODS = tuple(PERIOD_LABELS)

Searcher = Callable[..., SearchOutcome]
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchPage:
    query: str
    page_obj: PaginatorPage
    facets: dict[str, list[FacetOption]]
    filters: dict[str, list[str]]
    sort: str
    reduced_mode: bool = False
    excluded_only: bool = False  # the query only excluded words: nothing to look for
    relaxation: Relaxation | None = None  # how the search was widened to find something (search/relevance.py)
    results: list[Result] = field(init=False)

    def __post_init__(self) -> None:
        self.results = list(self.page_obj.object_list)

    @property
    def total(self) -> int:
        return self.page_obj.paginator.count


def empty_search_page() -> SearchPage:
    """A search with nothing found, built without asking the database."""
    return SearchPage("", Paginator([], RESULTS_PER_PAGE).get_page(1), {name: [] for name in FACETS}, {}, "relevance")


def search_portal(
    query: str,
    *,
    locale: Locale,
    filters: Mapping[str, Iterable[str]] | None = None,
    page: int = 1,
    sort: str = "relevance",
    request: HttpRequest | None = None,
    searcher: Searcher = search_with_fallback,
) -> SearchPage:
    """Search the live pages of every language and the members of live clusters; filter, count facets, paginate.

    Filter values no search could match (unknown types, countries, clusters, sectors…) are ignored.
    Errors of the search backends propagate: the caller says search is unavailable. The same search
    asked again within a minute is answered from the cache (see search/result_cache.py).
    """
    filters = filters or {}

    def compute() -> SearchPage:
        return _search_portal(
            query, locale=locale, filters=filters, page=page, sort=sort, request=request, searcher=searcher
        )

    if searcher is not search_with_fallback:
        return compute()
    return cast(
        "SearchPage",
        remembered_search(compute, query=query, locale=locale, filters=filters, page=page, sort=sort, request=request),
    )


def _search_portal(
    query: str,
    *,
    locale: Locale,
    filters: Mapping[str, Iterable[str]],
    page: int,
    sort: str,
    request: HttpRequest | None,
    searcher: Searcher,
) -> SearchPage:
    query = clean_query(query)
    parsed = parse_query(query)
    sort = sort if sort in SORTS else "relevance"
    reduced_mode = False
    context = RowContext(locale, request)
    chosen = _valid_filters(filters, context)
    pages: Hits = RankedRows([], sort, FACETS)
    members: MemberHits = NoMembers()
    documents: Hits = RankedRows([], sort, FACETS)
    relaxation = None
    if parsed.searchable:
        stop = max(page, 1) * RESULTS_PER_PAGE if isinstance(page, int) else RESULTS_PER_PAGE

        def run(attempt: ParsedQuery) -> tuple[_FoundHits, _FoundHits]:
            found_pages, pages_reduced = _search_pages(attempt, context, searcher, chosen, sort, stop)
            found_members, members_reduced = _search_members(attempt, context, searcher, chosen, sort, stop)
            return _FoundHits(found_pages, pages_reduced, chosen), _FoundHits(found_members, members_reduced, chosen)

        (found_pages, found_members), parsed, relaxation = forgiving_search(parsed, run)
        pages, members = found_pages.hits, found_members.hits
        reduced_mode = found_pages.reduced_mode or found_members.reduced_mode
        documents = RankedRows(found_documents(parsed, context, searcher), sort, FACETS)
    found = _Found(pages, members, documents, sort, chosen)
    facets = _facets(found.counts, chosen, context)
    page_obj = Paginator(found, RESULTS_PER_PAGE).get_page(page)
    page_obj.object_list = [_with_snippet(row, parsed) for row in page_obj.object_list]
    excluded_only = bool(parsed.excluded) and not parsed.searchable
    return SearchPage(query, page_obj, facets, chosen, sort, reduced_mode, excluded_only, relaxation)


class _FoundHits:
    """Results of one kind as `relevance.forgiving_search` weighs an outcome (by its `results`)."""

    def __init__(self, hits: Hits, reduced_mode: bool, chosen: Mapping[str, list[str]]) -> None:
        self.hits, self.reduced_mode = hits, reduced_mode
        self.results = hits.counts(chosen)[0] > 0


def _by_date(row: Result) -> tuple[bool, datetime]:
    return (row.date is not None, row.date or datetime.min)


def _interleaved(first: Sequence[_Item], second: Sequence[_Item]) -> list[_Item]:
    return [item for pair in zip_longest(first, second) for item in pair if item is not None]


class _Found:
    """The results under the filters chosen, in order, as a sequence the paginator slices: pages,
    members and documents interleaved by rank (or the newest first). Of each kind, only the rows
    that may be in the slice asked for are read."""

    def __init__(self, pages: Hits, members: Hits, documents: Hits, sort: str, chosen: Mapping[str, list[str]]) -> None:
        self.kinds, self.sort = (pages, members, documents), sort
        counted = [hits.counts(chosen) for hits in self.kinds]
        self.totals = [total for total, _counts in counted]
        self.counts: dict[str, dict[str, int]] = {}
        for _total, counts in counted:
            for name, values in counts.items():
                summed = self.counts.setdefault(name, {})
                for value, count in values.items():
                    summed[value] = summed.get(value, 0) + count

    def __len__(self) -> int:
        return sum(self.totals)

    def _slice(self, start: int, stop: int) -> list[Result]:
        if start >= stop:
            return []
        if self.sort == "date":
            # Result number n of a kind comes n-th or later, and at most after all the results of the
            # other kinds: those before `skipped` come before the slice.
            skipped = [max(0, start - (len(self) - total)) for total in self.totals]
            rows = [
                row
                for hits, total, first in zip(self.kinds, self.totals, skipped, strict=True)
                for row in hits.rows(first, min(stop, total))
            ]
            ordered = sorted(rows, key=_by_date, reverse=True)
            return ordered[start - sum(skipped) : stop - sum(skipped)]
        pages, members, documents = ([(kind, n) for n in range(min(stop, self.totals[kind]))] for kind in range(3))
        places = _interleaved(_interleaved(pages, members), documents)[start:stop]
        read: dict[int, dict[int, Result]] = {}
        for kind, hits in enumerate(self.kinds):
            numbers = [number for of_kind, number in places if of_kind == kind]
            if numbers:
                read[kind] = dict(enumerate(hits.rows(numbers[0], numbers[-1] + 1), numbers[0]))
        return [read[kind][number] for kind, number in places if number in read.get(kind, {})]

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return self._slice(start, stop)[::step] if step > 0 else list(self)[index]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        number = index % len(self)
        return self._slice(number, number + 1)[0]

    def __iter__(self) -> Iterator[Result]:
        return iter(self._slice(0, len(self)))


def _engine_backend(searcher: Searcher) -> str | None:
    """The search server's backend the members are counted on, if the search asks one."""
    name = getattr(searcher, "backend", None)
    if name is None and searcher is search_with_fallback:
        name = search_backend_for_query()
    if name is None or not hasattr(get_search_backend(name), "es"):
        return None
    return str(name)


def _search_members(
    parsed: ParsedQuery, context: RowContext, searcher: Searcher, chosen: dict[str, list[str]], sort: str, stop: int
) -> tuple[MemberHits, bool]:
    """The members found, counted and paged on the search server if there is one (else by SQL on
    the database backend); whether the database answered in place of the server."""
    queryset = MemberOrganisation.objects.filter(cluster_id__in=list(context.clusters_by_pk))
    backend = _engine_backend(searcher)
    if backend is not None:
        try:
            return _engine_members(backend, queryset, parsed, context, chosen, sort, stop), False
        except Exception as error:
            if searcher is not search_with_fallback or not has_database_fallback():
                raise
            if means_server_unavailable(error):
                mark_search_server_down(error)
            else:
                logger.exception("The search server failed on %r; answering from the database", parsed)
            searcher = _on_database
    counted = _Counted(queryset, context, chosen, sort, stop)
    try:
        found = searcher(counted, parsed.search_query(), operator=None)
    except Exception:
        if not (parsed.phrases or parsed.excluded):
            raise
        found = searcher(counted, parsed.plain(), operator="and")
    return counted.members, found.reduced_mode


def _on_database(queryset: Searchable, query: "str | SearchQuery", *, operator: str | None = "and") -> SearchOutcome:
    """The database backend's answer, in place of the search server's."""
    return SearchOutcome(list(queryset.search(query, operator=operator, backend=DATABASE_BACKEND)), reduced_mode=True)


class _Counted:
    """Members as a searcher expects them (see `services.Searchable`), searched on a database backend:
    the backend's results are kept unread, and counted by SQL (`DatabaseMembers`) as the searcher asks,
    so a query the backend cannot run fails in the searcher's hands."""

    def __init__(self, queryset: Any, context: RowContext, chosen: dict[str, list[str]], sort: str, stop: int) -> None:
        self.queryset, self.context, self.chosen, self.sort, self.stop = queryset, context, chosen, sort, stop
        self.members: MemberHits = NoMembers()

    def search(self, query: "str | SearchQuery", *, operator: str | None, backend: str) -> list[Any]:
        found = self.queryset.search(query, operator=operator, backend=backend)
        members = DatabaseMembers(found, self.context, self.sort, self.stop)
        members.counts(self.chosen)
        self.members = members
        return []


def _engine_members(
    backend: str,
    queryset: Any,
    parsed: ParsedQuery,
    context: RowContext,
    chosen: dict[str, list[str]],
    sort: str,
    stop: int,
) -> EngineMembers:
    members = EngineMembers(backend, queryset, parsed.search_query() or "", context)
    try:
        members.fetch(chosen, sort, stop)
    except Exception as error:
        if means_server_unavailable(error) or not (parsed.phrases or parsed.excluded):
            raise
        logger.warning("Searching the members for %r without its phrases and exclusions", parsed, exc_info=True)
        members = EngineMembers(backend, queryset, parsed.plain(), context)
        members.fetch(chosen, sort, stop)
    return members


def _search_pages(
    parsed: ParsedQuery, context: RowContext, searcher: Searcher, chosen: dict[str, list[str]], sort: str, stop: int
) -> tuple[Hits, bool]:
    """The pages found, one per translated item, grouped, counted and paged on the search server if
    there is one (else here); whether the database answered in place of the server."""
    excluded = _excluded_items(parsed, context, searcher)
    backend = _engine_backend(searcher)
    if backend is not None:
        try:
            return _engine_pages(backend, parsed, context, chosen, sort, stop, excluded), False
        except Exception as error:
            if searcher is not search_with_fallback or not has_database_fallback():
                raise
            if means_server_unavailable(error):
                mark_search_server_down(error)
            else:
                logger.exception("The search server failed on %r; answering from the database", parsed)
    pages = BestHits(context.public_pages())
    try:
        found = searcher(pages, parsed.search_query(), operator=None)
    except Exception:
        if not (parsed.phrases or parsed.excluded):
            raise
        # A backend that cannot run phrases or exclusions still finds the words.
        logger.warning("Searching %r without its phrases and exclusions", parsed, exc_info=True)
        found = searcher(pages, parsed.plain(), operator="and")
    items = items_found([hit for hit in found.results if hit.translation_key not in excluded], context)
    rows = counted_rows(items, chosen, context)
    return RankedRows(
        rows, sort, FACETS, partial(read_whole, context=context)
    ), found.reduced_mode or backend is not None


def _engine_pages(
    backend: str,
    parsed: ParsedQuery,
    context: RowContext,
    chosen: dict[str, list[str]],
    sort: str,
    stop: int,
    excluded: set[Any],
) -> EnginePages:
    def pages(query: "str | SearchQuery") -> EnginePages:
        return EnginePages(
            backend,
            context.public_pages(),
            query,
            context,
            excluded_keys=excluded,
            build_rows=partial(page_rows, context=context),
        )

    found = pages(parsed.search_query() or "")
    try:
        found.fetch(chosen, sort, stop)
    except Exception as error:
        if means_server_unavailable(error) or not (parsed.phrases or parsed.excluded):
            raise
        logger.warning("Searching the pages for %r without its phrases and exclusions", parsed, exc_info=True)
        found = pages(parsed.plain())
        found.fetch(chosen, sort, stop)
    return found


def _excluded_items(parsed: ParsedQuery, context: RowContext, searcher: Searcher) -> set[Any]:
    """The translation keys of pages having an excluded word: their translations are left out too."""
    query = parsed.exclusion_query()
    if query is None:
        return set()
    try:
        found = searcher(context.public_pages(), query, operator=None).results
    except Exception:  # the main search has applied the exclusions to the pages themselves
        logger.warning("Could not search the excluded words %r", query, exc_info=True)
        return set()
    return {page.translation_key for page in found}


def _with_snippet(row: Result, parsed: ParsedQuery) -> Result:
    snippet = make_snippet(row.texts, parsed.wanted)
    return replace(row, snippet=snippet.text, highlight=snippet.html, texts=())


def filter_query(query: str, filters: Mapping[str, Iterable[str]], sort: str = "relevance", **changes: Any) -> str:
    """The query string of a search with these filters, one filter value added or removed by `changes`
    (`add=("type", "practice")`, `remove=("type", "practice")`)."""
    chosen = {name: list(values) for name, values in filters.items()}
    if "add" in changes:
        name, value = changes["add"]
        chosen.setdefault(name, []).append(value)
    if "remove" in changes:
        name, value = changes["remove"]
        chosen[name] = [v for v in chosen.get(name, []) if v != value]
    pairs = [("q", query)] + [(name, value) for name in FACETS for value in chosen.get(name, [])]
    if changes.get("sort", sort) != "relevance":
        pairs.append(("sort", changes.get("sort", sort)))
    return urlencode(pairs)


def _known_values(name: str, wanted: list[str], context: RowContext) -> set[str]:
    if name == "type":
        return set(type_labels())
    if name == "country":
        return set(dict(COUNTRY_CHOICES))
    if name == "cluster":
        return set(context.clusters_by_slug)
    if name == "language":
        return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if name == "date":
        return set(PERIODS)
    model_list = [Sector] if name == "sector" else THEME_MODELS
    return {slug for model in model_list for slug in wanted if slug in terms_by_slug(model)}


def _valid_filters(filters: Mapping[str, Iterable[str]], context: RowContext) -> dict[str, list[str]]:
    chosen = {}
    for name in FACETS:
        wanted = [str(value)[:100] for value in filters.get(name, ()) if value]
        if wanted:
            known = _known_values(name, wanted, context)
            values = list(dict.fromkeys(value for value in wanted if value in known))
            if values:
                chosen[name] = values
    return chosen


def _facets(
    found: Mapping[str, Mapping[str, int]], chosen: Mapping[str, list[str]], context: RowContext
) -> dict[str, list[FacetOption]]:
    """Each facet's values with the number of results having them, under the other facets' filters
    (as each kind of result counted them), the chosen values always offered."""
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        counted = counts.setdefault(name, {value: count for value, count in found.get(name, {}).items() if count})
        for value in chosen.get(name, []):
            counted.setdefault(value, 0)
    labels = _facet_labels(counts, context)
    ordered = {"language": [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES], "date": list(PERIODS)}
    facets = {}
    for name in FACETS:
        options = [
            FacetOption(value, labels[name].get(value, value), count, value in chosen.get(name, []))
            for value, count in counts[name].items()
        ]
        if name in ordered:
            options.sort(key=lambda option: ordered[name].index(option.value))
        else:
            options.sort(key=lambda option: (-option.count, option.label.casefold()))
        facets[name] = options
    return facets


def _facet_labels(counts: Mapping[str, Mapping[str, int]], context: RowContext) -> dict[str, dict[str, str]]:
    countries = dict(COUNTRY_CHOICES)
    cluster_titles = {slug: page.title for slug, page in context.clusters_by_slug.items()}
    terms: dict[str, dict[str, str]] = {"sector": {}, "theme": {}}
    for name, model_list in (("sector", [Sector]), ("theme", THEME_MODELS)):
        if counts[name]:
            for model in model_list:
                known = terms_by_slug(model)
                terms[name].update({slug: known[slug].name for slug in counts[name] if slug in known})
    return {
        "type": {value: str(label) for value, label in type_labels().items()},
        "country": {code: str(countries.get(code, code)) for code in counts["country"]},
        "cluster": cluster_titles,
        "language": {code: str(name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES},
        "date": {value: str(label) for value, label in PERIOD_LABELS.items()},
        **terms,
    }
