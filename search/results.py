"""One search over the portal: pages of every language and member organisations, as typed rows with facets.

Both searches go through `search_with_fallback`, so they keep answering from the database while the
search server is away. Pages are searched in every language; the hits of one translated item (one
translation key) make one result, shown in the visitor's language when it is translated. What the rows
show (see search/rows.py), and the facets counted over them, is then read from the database in a fixed
number of queries, whatever the number of results, and so is the same on every backend.
"""

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import zip_longest
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import SearchQuery

from clusters.taxonomy import Sector
from members.models import MemberOrganisation
from portal.countries import COUNTRY_CHOICES

from . import event_rows, proposal_rows  # noqa: F401 - they register their page types
from .document_results import found_documents
from .member_hits import EngineMembers, MemberHits, RankedMembers
from .query import MAX_QUERY_LENGTH, ParsedQuery, clean_query, parse_query
from .relevance import Relaxation, forgiving_search, terms_by_slug
from .rows import (
    PAGE_TYPES,
    THEME_MODELS,
    Result,
    RowContext,
    member_rows,
    other_page_row,
    page_type_of,
    type_labels,
)
from .services import (
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
MAX_RANKED = 1000  # hits of each kind (pages, members) ranked, counted and paged
FACETS = ("type", "country", "cluster", "sector", "theme", "language", "date")
SORTS = ("relevance", "date")
PERIOD_LABELS = {"upcoming": _("Upcoming"), "this-month": _("This month"), "past": _("Past")}
PERIODS = tuple(PERIOD_LABELS)

Searcher = Callable[..., SearchOutcome]


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
    Errors of the search backends propagate: the caller says search is unavailable.
    """
    query = clean_query(query)
    parsed = parse_query(query)
    sort = sort if sort in SORTS else "relevance"
    reduced_mode = False
    context = RowContext(locale, request)
    chosen = _valid_filters(filters or {}, context)
    others: list[Result] = []  # pages and documents, ranked and counted here
    members: MemberHits = RankedMembers([], sort)
    relaxation = None
    if parsed.searchable:
        stop = max(page, 1) * RESULTS_PER_PAGE if isinstance(page, int) else RESULTS_PER_PAGE

        def run(attempt: ParsedQuery) -> tuple[SearchOutcome, _FoundMembers]:
            found_members, members_reduced = _search_members(attempt, context, searcher, chosen, sort, stop)
            return _search_pages(attempt, context, searcher), _FoundMembers(found_members, members_reduced, chosen)

        (pages, found_members), parsed, relaxation = forgiving_search(parsed, run)
        members = found_members.hits
        reduced_mode = found_members.reduced_mode or pages.reduced_mode
        page_rows = _page_rows(pages.results, context, _excluded_items(parsed, context, searcher))
        documents = found_documents(parsed, context, searcher)
        others = [row for pair in zip_longest(page_rows, documents) for row in pair if row is not None]
        found = _Found(
            [row for row in page_rows if _matches(row, chosen)],
            members,
            [row for row in documents if _matches(row, chosen)],
            sort,
        )
    else:
        found = _Found([], members, [], sort)
    member_total, member_counts = members.counts(chosen)
    found.member_total = member_total
    facets = _facets(others, chosen, context, member_counts)
    page_obj = Paginator(found, RESULTS_PER_PAGE).get_page(page)
    page_obj.object_list = [_with_snippet(row, parsed) for row in page_obj.object_list]
    excluded_only = bool(parsed.excluded) and not parsed.searchable
    return SearchPage(query, page_obj, facets, chosen, sort, reduced_mode, excluded_only, relaxation)


class _FoundMembers:
    """The members a search found, as `relevance.forgiving_search` weighs an outcome (by its `results`)."""

    def __init__(self, hits: MemberHits, reduced_mode: bool, chosen: Mapping[str, list[str]]) -> None:
        self.hits, self.reduced_mode = hits, reduced_mode
        self.results = hits.counts(chosen)[0] > 0


def _by_date(row: Result) -> tuple[bool, datetime]:
    return (row.date is not None, row.date or datetime.min)


def _interleaved(first: list[Result], second: list[Result]) -> list[Result]:
    return [row for pair in zip_longest(first, second) for row in pair if row is not None]


class _Found:
    """The results under the filters chosen, in order, as a sequence the paginator slices: pages,
    members and documents interleaved by rank (or the newest first). Members are read only as far
    as the slice asked for."""

    def __init__(self, pages: list[Result], members: MemberHits, documents: list[Result], sort: str) -> None:
        self.pages, self.members, self.documents, self.sort = pages, members, documents, sort
        self.member_total = 0

    def __len__(self) -> int:
        return len(self.pages) + self.member_total + len(self.documents)

    def _first(self, stop: int) -> list[Result]:
        members = self.members.rows(min(stop, self.member_total))
        if self.sort == "date":
            return sorted(self.pages + members + self.documents, key=_by_date, reverse=True)[:stop]
        return _interleaved(_interleaved(self.pages, members), self.documents)[:stop]

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            stop = len(self) if index.stop is None else min(index.stop, len(self))
            return self._first(stop)[index]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._first(len(self))[index] if index < 0 else self._first(index + 1)[index]

    def __iter__(self) -> Iterator[Result]:
        return iter(self._first(len(self)))


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
    """The members found, counted and paged on the search server if there is one (else ranked
    here); whether the database answered in place of the server."""
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
    try:
        found = searcher(_MostRelevant(queryset), parsed.search_query(), operator=None)
    except Exception:
        if not (parsed.phrases or parsed.excluded):
            raise
        found = searcher(_MostRelevant(queryset), parsed.plain(), operator="and")
    return RankedMembers(member_rows(found.results, context), sort), found.reduced_mode or backend is not None


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


class _MostRelevant:
    """A queryset as a searcher expects it (see `services.Searchable`), searched for its `MAX_RANKED`
    best hits only: a word found in every item costs no more than one found in a thousand."""

    def __init__(self, queryset: Any) -> None:
        self.queryset = queryset

    def search(self, query: "str | SearchQuery", *, operator: str | None, backend: str) -> Any:
        return self.queryset.search(query, operator=operator, backend=backend)[:MAX_RANKED]


def _search_pages(parsed: ParsedQuery, context: RowContext, searcher: Searcher) -> SearchOutcome:
    pages = _MostRelevant(context.public_pages())
    try:
        return searcher(pages, parsed.search_query(), operator=None)
    except Exception:
        if not (parsed.phrases or parsed.excluded):
            raise
        # A backend that cannot run phrases or exclusions still finds the words.
        logger.warning("Searching %r without its phrases and exclusions", parsed, exc_info=True)
        return searcher(pages, parsed.plain(), operator="and")


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


def _one_per_item(hits: list[Page], context: RowContext) -> list[Page]:
    """One page per translated item, in the order of its best hit: the visitor's translation when
    there is a live one, else the page found."""
    best: dict[Any, Page] = {}
    for hit in hits:
        current = best.get(hit.translation_key)
        if current is None or (hit.locale_id == context.locale.pk and current.locale_id != context.locale.pk):
            best[hit.translation_key] = hit
    missing = [key for key, hit in best.items() if hit.locale_id != context.locale.pk]
    if missing:
        translations = context.public_pages().filter(locale=context.locale, translation_key__in=missing)
        for translation in translations:
            best[translation.translation_key] = translation
    return list(best.values())


def _page_rows(hits: list[Page], context: RowContext, excluded: set[Any]) -> list[Result]:
    """Typed rows for the pages found, in the order found: each type's rows read in bulk."""
    pages = _one_per_item([hit for hit in hits if hit.translation_key not in excluded], context)
    content_types = ContentType.objects
    types = {page.pk: page_type_of(content_types.get_for_id(page.content_type_id).model_class()) for page in pages}
    built: dict[int, Result] = {}
    for page_type in PAGE_TYPES.values():
        ids = [pk for pk, found_type in types.items() if found_type is page_type]
        if ids:
            built.update(page_type.rows(ids, context))
    return [built[page.pk] if page.pk in built else other_page_row(page, context) for page in pages]


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


def _matches(row: Result, chosen: Mapping[str, list[str]], *, ignore: str = "") -> bool:
    """Whether a row has one of the chosen values of each filter (but `ignore`)."""
    return all(
        set(row.facet_values(name)) & set(values) for name, values in chosen.items() if name != ignore and values
    )


def _facets(
    rows: list[Result],
    chosen: Mapping[str, list[str]],
    context: RowContext,
    member_counts: Mapping[str, Mapping[str, int]],
) -> dict[str, list[FacetOption]]:
    """Each facet's values with the number of results having them, under the other facets' filters:
    counted here over `rows`, plus the members' counts."""
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        counted = counts.setdefault(name, dict(member_counts.get(name, {})))
        for row in rows:
            if _matches(row, chosen, ignore=name):
                for value in row.facet_values(name):
                    counted[value] = counted.get(value, 0) + 1
        for value in chosen.get(name, []):
            counted.setdefault(value, 0)
    labels = _facet_labels(counts, context, rows)
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


def _facet_labels(
    counts: Mapping[str, Mapping[str, int]], context: RowContext, rows: list[Result]
) -> dict[str, dict[str, str]]:
    countries = dict(COUNTRY_CHOICES)
    cluster_titles = {slug: page.title for slug, page in context.clusters_by_slug.items()}
    cluster_titles.update({row.cluster_slug: row.cluster for row in rows if row.cluster_slug not in cluster_titles})
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
