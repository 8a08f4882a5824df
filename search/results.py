"""One search over the portal: pages of a language and member organisations, as typed rows with facets.

Both searches go through `search_with_fallback`, so they keep answering from the database while the
search server is away. What the rows show, and the facets counted over them, is then read from the
database in a fixed number of queries, whatever the number of results, and so is the same on every
backend.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from itertools import zip_longest
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from clusters.countries import COUNTRY_CHOICES
from clusters.models import ClusterPage
from clusters.taxonomy import Sector
from members.models import MemberOrganisation, in_default_locale
from practices.models import BestPracticePage

from .document_results import with_documents
from .services import SearchOutcome, search_with_fallback

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 200
FACETS = ("type", "country", "cluster", "sector")
SORTS = ("relevance", "date")
TYPE_LABELS = {
    "cluster": _("Clusters"),
    "practice": _("Best practices"),
    "member": _("Member organisations"),
    "page": _("Other pages"),
    "document": _("Documents"),
}
TYPE_NAMES = {
    "cluster": _("Cluster"),
    "practice": _("Best practice"),
    "member": _("Member organisation"),
    "page": _("Page"),
    "document": _("Document"),
}

Searcher = Callable[..., SearchOutcome]


@dataclass(frozen=True)
class Result:
    title: str
    url: str
    type: str
    snippet: str
    cluster: str = ""
    cluster_slug: str = ""
    country: str = ""
    locale: str = ""
    date: datetime | None = None
    sectors: tuple[str, ...] = ()

    @property
    def type_name(self) -> str:
        return str(TYPE_NAMES[self.type])

    @property
    def country_name(self) -> str:
        return str(dict(COUNTRY_CHOICES).get(self.country, ""))

    def facet_values(self, name: str) -> tuple[str, ...]:
        if name == "sector":
            return self.sectors
        value = {"type": self.type, "country": self.country, "cluster": self.cluster_slug}[name]
        return (value,) if value else ()

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "snippet": self.snippet,
            "cluster": self.cluster,
            "country": self.country,
            "locale": self.locale,
            "date": self.date.isoformat() if self.date else None,
        }


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
    results: list[Result] = field(init=False)

    def __post_init__(self) -> None:
        self.results = list(self.page_obj.object_list)

    @property
    def total(self) -> int:
        return self.page_obj.paginator.count


def empty_search_page() -> SearchPage:
    """A search with nothing found, built without asking the database."""
    return SearchPage("", Paginator([], RESULTS_PER_PAGE).get_page(1), {name: [] for name in FACETS}, {}, "relevance")


def clean_query(value: str) -> str:
    """The words searched for: control characters dropped, spaces collapsed, at most 200 characters."""
    printable = "".join(char if char.isprintable() else " " for char in value)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


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
    """Search the live pages of `locale` and the members of live clusters; filter, count facets, paginate.

    Filter values no search could match (unknown types, countries, clusters or sectors) are ignored.
    Errors of the search backends propagate: the caller says search is unavailable.
    """
    query = clean_query(query)
    sort = sort if sort in SORTS else "relevance"
    rows: list[Result] = []
    reduced_mode = False
    clusters = _Clusters(locale, request)
    if query:
        try:
            pages, members = _search(query, clusters, locale, searcher)
        except Exception:
            # A backend's query syntax can trip on quotes or operators: try the bare words once.
            if plain_words(query) in ("", query):
                raise
            pages, members = _search(plain_words(query), clusters, locale, searcher)
        reduced_mode = pages.reduced_mode or members.reduced_mode
        page_rows = _page_rows(pages.results, clusters, locale, request)
        member_rows = _member_rows(members.results, clusters, request)
        rows = [row for pair in zip_longest(page_rows, member_rows) for row in pair if row is not None]
        rows = with_documents(rows, query, searcher)
    chosen = _valid_filters(filters or {}, clusters)
    facets = _facets(rows, chosen, clusters)
    rows = [row for row in rows if _matches(row, chosen)]
    if sort == "date":
        rows.sort(key=lambda row: (row.date is not None, row.date or datetime.min), reverse=True)
    page_obj = Paginator(rows, RESULTS_PER_PAGE).get_page(page)
    return SearchPage(query, page_obj, facets, chosen, sort, reduced_mode)


def plain_words(query: str) -> str:
    """The query without punctuation a search syntax could read as operators."""
    return " ".join(re.sub(r"[^\w\s-]", " ", query).split())


def _search(
    query: str, clusters: "_Clusters", locale: Locale, searcher: Searcher
) -> tuple[SearchOutcome, SearchOutcome]:
    pages = searcher(Page.objects.live().public().filter(locale=locale), query, operator="and")
    members = searcher(MemberOrganisation.objects.filter(cluster_id__in=clusters.source_ids()), query, operator="and")
    return pages, members


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


class _Clusters:
    """The live clusters in the searched language, read once, and the source pages their members belong to."""

    def __init__(self, locale: Locale, request: HttpRequest | None) -> None:
        pages = list(ClusterPage.objects.live().public().filter(locale=locale).prefetch_related("sectors"))
        self.request = request
        self.by_pk = {page.pk: page for page in pages}
        self.by_path = {page.path: page for page in pages}
        self.by_slug = {page.slug: page for page in pages}
        self._by_translation_key = {page.translation_key: page for page in pages}
        self._sources: dict[int, ClusterPage] | None = None

    def sources(self) -> dict[int, ClusterPage]:
        if self._sources is None:
            fields = ("title", "slug", "country", "translation_key")
            self._sources = {
                page.pk: page for page in ClusterPage.objects.live().filter(in_default_locale()).only(*fields)
            }
        return self._sources

    def source_ids(self) -> list[int]:
        return list(self.sources())

    def for_member(self, member: MemberOrganisation) -> ClusterPage | None:
        """The member's cluster in the searched language, else in the language its members belong to."""
        source = self.sources().get(member.cluster_id)
        if source is None:
            return None
        return self._by_translation_key.get(source.translation_key, source)


def _snippet(text: str) -> str:
    return Truncator(" ".join(strip_tags(text or "").split())).chars(SNIPPET_LENGTH)


def _page_rows(hits: list[Page], clusters: _Clusters, locale: Locale, request: HttpRequest | None) -> list[Result]:
    """Typed rows for pages found, in the order found: clusters and practices read in bulk by id."""
    practice_ids = [hit.pk for hit in hits if hit.pk not in clusters.by_pk]
    practices = BestPracticePage.objects.filter(pk__in=practice_ids).prefetch_related("sectors").in_bulk()
    rows = []
    for hit in hits:
        if hit.pk in clusters.by_pk:
            rows.append(_cluster_row(clusters.by_pk[hit.pk], locale.language_code, request))
        elif hit.pk in practices:
            rows.append(_practice_row(practices[hit.pk], clusters, locale.language_code, request))
        else:
            rows.append(
                Result(
                    title=hit.title,
                    url=hit.get_url(request) or "",
                    type="page",
                    snippet=_snippet(hit.search_description),
                    locale=locale.language_code,
                    date=hit.last_published_at,
                )
            )
    return rows


def _cluster_row(cluster: ClusterPage, language: str, request: HttpRequest | None) -> Result:
    return Result(
        title=cluster.title,
        url=cluster.get_url(request) or "",
        type="cluster",
        snippet=_snippet(cluster.search_description or cluster.summary),
        cluster=cluster.title,
        cluster_slug=cluster.slug,
        country=cluster.country,
        locale=language,
        date=cluster.last_published_at,
        sectors=tuple(cluster.sector_slugs()),
    )


def _practice_row(
    practice: BestPracticePage, clusters: _Clusters, language: str, request: HttpRequest | None
) -> Result:
    cluster = clusters.by_path.get(practice.path[: -Page.steplen])
    return Result(
        title=practice.title,
        url=practice.get_url(request) or "",
        type="practice",
        snippet=_snippet(practice.search_description or practice.summary),
        cluster=cluster.title if cluster else "",
        cluster_slug=cluster.slug if cluster else "",
        country=cluster.country if cluster else "",
        locale=language,
        date=practice.last_published_at,
        sectors=tuple(practice.sector_slugs()),
    )


def _member_rows(hits: list[MemberOrganisation], clusters: _Clusters, request: HttpRequest | None) -> list[Result]:
    """Rows for members found; each links to the member directory, searched for its name in its cluster."""
    member_ids = [hit.pk for hit in hits]
    members = MemberOrganisation.objects.filter(pk__in=member_ids).prefetch_related("sectors").in_bulk()
    directory = reverse("member_directory")
    rows = []
    for pk in member_ids:
        member = members.get(pk)
        if member is None:
            continue
        cluster = clusters.for_member(member)
        source = clusters.sources().get(member.cluster_id)
        link = urlencode({"cluster": source.slug if source else "", "q": member.name})
        rows.append(
            Result(
                title=member.name,
                url=f"{directory}?{link}",
                type="member",
                snippet=_snippet(member.description),
                cluster=cluster.title if cluster else "",
                cluster_slug=cluster.slug if cluster else "",
                country=member.country,
                locale=get_supported_content_language_variant(settings.LANGUAGE_CODE),
                date=member.updated,
                sectors=tuple(sector.slug for sector in member.sectors.all()),
            )
        )
    return rows


def _valid_filters(filters: Mapping[str, Iterable[str]], clusters: _Clusters) -> dict[str, list[str]]:
    known: dict[str, set[str]] = {
        "type": set(TYPE_LABELS),
        "country": set(dict(COUNTRY_CHOICES)),
        "cluster": set(clusters.by_slug),
    }
    wanted = {name: [str(value) for value in filters.get(name, ()) if value] for name in FACETS}
    if wanted["sector"]:
        known["sector"] = set(Sector.objects.filter(slug__in=wanted["sector"]).values_list("slug", flat=True))
    return {
        name: list(dict.fromkeys(value for value in values if value in known.get(name, set())))
        for name, values in wanted.items()
        if any(value in known.get(name, set()) for value in values)
    }


def _matches(row: Result, chosen: Mapping[str, list[str]], *, ignore: str = "") -> bool:
    """Whether a row has one of the chosen values of each filter (but `ignore`)."""
    return all(
        set(row.facet_values(name)) & set(values) for name, values in chosen.items() if name != ignore and values
    )


def _facets(rows: list[Result], chosen: Mapping[str, list[str]], clusters: _Clusters) -> dict[str, list[FacetOption]]:
    """Each facet's values with the number of results having them, under the other facets' filters."""
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        counted = counts.setdefault(name, {})
        for row in rows:
            if _matches(row, chosen, ignore=name):
                for value in row.facet_values(name):
                    counted[value] = counted.get(value, 0) + 1
        for value in chosen.get(name, []):
            counted.setdefault(value, 0)
    labels = _facet_labels(counts, clusters, rows)
    return {
        name: sorted(
            (
                FacetOption(value, labels[name].get(value, value), count, value in chosen.get(name, []))
                for value, count in counts[name].items()
            ),
            key=lambda option: (-option.count, option.label.casefold()),
        )
        for name in FACETS
    }


def _facet_labels(
    counts: Mapping[str, Mapping[str, int]], clusters: _Clusters, rows: list[Result]
) -> dict[str, dict[str, str]]:
    countries = dict(COUNTRY_CHOICES)
    cluster_titles = {slug: page.title for slug, page in clusters.by_slug.items()}
    cluster_titles.update({row.cluster_slug: row.cluster for row in rows if row.cluster_slug not in cluster_titles})
    sectors = {}
    if counts["sector"]:
        sectors = {sector.slug: sector.name for sector in Sector.objects.filter(slug__in=list(counts["sector"]))}
    return {
        "type": {value: str(label) for value, label in TYPE_LABELS.items()},
        "country": {code: str(countries.get(code, code)) for code in counts["country"]},
        "cluster": cluster_titles,
        "sector": sectors,
    }
