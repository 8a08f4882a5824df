"""The pages a search found, one result per translated item, counted and paged by whoever searched them.

The versions of one item in several languages (one translation key) make one result. On the search
server (`EnginePages`) every version of an item holds the text of all of them, and one version, the
item's head, lists the languages it is published in (search/backends/item_documents.py): the server
searches the heads alone, counts them and returns one page of items, in one request; only the pages
shown are read from the database. On the database backends the best `MAX_RANKED` hits (see
search/ranked_pages.py) are grouped, ranked and counted in Python (`RankedRows`).

Both count the same way: an item counts once under each facet value of its own (they are the same in
every language, see portal/synchronised_fields.py), and under each language it is published in. Both
show the same version of an item: in a language chosen by the language filter, else in the visitor's
language when the item is translated into it, else the version that matched best (on the server, the
item's head).
"""

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Protocol

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from modelsearch.index import FilterField, get_indexed_models
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText, SearchQuery

from .backends import SORT_DATE, engine_search
from .backends.facet_values import (
    FACET_FIELDS,
    FACET_VALUES,
    buckets_of,
    facet_term,
    facet_terms,
    term_facet,
    under,
)
from .backends.item_documents import ITEM_HEAD
from .rows import Result, RowContext, page_type_of, with_types


class Hits(Protocol):
    """Results of one kind (pages, members, documents) under the filters chosen."""

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        """The results under the filters chosen, and each facet's counts under the other filters."""
        ...

    def rows(self, start: int, stop: int) -> list[Result]:
        """Rows `start` to `stop` under the filters chosen by the last `counts`, in the search's order."""
        ...


def _date_key(row: Result) -> tuple[bool, datetime]:
    return (row.date is not None, row.date or datetime.min)


def matches(row: Result, chosen: Mapping[str, list[str]], ignore: str = "") -> bool:
    """Whether a row has one of the chosen values of each filter (but `ignore`)."""
    return all(set(row.facet_values(name)) & set(values) for name, values in chosen.items() if name != ignore)


class RankedRows:
    """Results already found and turned into rows, counted in Python; `complete`, if given, reads the
    rows asked for whole (the others are read only as far as they are counted and sorted)."""

    def __init__(
        self,
        rows: list[Result],
        sort: str,
        facets: Iterable[str],
        complete: Callable[[list[Result]], list[Result]] | None = None,
    ) -> None:
        self.found = sorted(rows, key=_date_key, reverse=True) if sort == "date" else rows
        self.kept = self.found
        self.facets = tuple(facets)
        self.complete = complete
        self.counted: tuple[Any, tuple[int, dict[str, dict[str, int]]]] | None = None

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        asked = sorted((name, tuple(values)) for name, values in chosen.items())
        if self.counted is None or self.counted[0] != asked:
            self.counted = (asked, self._count(chosen))
        return self.counted[1]

    def _count(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        self.kept = [row for row in self.found if matches(row, chosen)]
        counts: dict[str, dict[str, int]] = {}
        for name in chosen.keys() | set(self.facets):
            counted = counts.setdefault(name, {})
            for row in self.found:
                if matches(row, chosen, ignore=name):
                    for value in row.facet_values(name):
                        counted[value] = counted.get(value, 0) + 1
        return len(self.kept), counts

    def rows(self, start: int, stop: int) -> list[Result]:
        rows = self.kept[start:stop]
        return self.complete(rows) if self.complete and rows else rows


@cache
def _columns(names: tuple[str, ...], backend_class: type) -> tuple[str, ...]:
    """The server's names of the filter fields called `names` on the page models: one per model that
    defines one (a model with two of them, a cluster's "country" and "country_code", gives the first)."""
    columns: dict[str, str] = {}
    for model in get_indexed_models():
        if not issubclass(model, Page):
            continue
        mapping = backend_class.mapping_class(model)
        fields = {field.field_name: field for field in model.get_search_fields() if isinstance(field, FilterField)}
        for name in names:
            if name in fields:
                definer = fields[name].get_definition_model(model)
                columns.setdefault(definer._meta.label, mapping.get_field_column_name(fields[name]))
                break
    return tuple(dict.fromkeys(columns.values()))


def _page_content_types() -> dict[int, str]:
    """Each page model's content type id, and the result type of its pages ("page" when unregistered)."""
    types = {}
    for model in get_indexed_models():
        if issubclass(model, Page) and not model._meta.abstract:
            page_type = page_type_of(model)
            types[ContentType.objects.get_for_model(model).pk] = page_type.value if page_type else "page"
    return types


def _month(now: datetime) -> tuple[datetime, datetime]:
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return start, (start.replace(day=28) + timedelta(days=4)).replace(day=1)


class EnginePages:
    """Pages found on a search server (Elasticsearch or OpenSearch): item heads, counted and paged there."""

    def __init__(
        self,
        backend_name: str,
        queryset: QuerySet,
        query: "str | SearchQuery",
        context: RowContext,
        *,
        excluded_keys: Iterable[Any] = (),
        build_rows: Any,
    ) -> None:
        self.backend = get_search_backend(backend_name)
        self.queryset = queryset
        self.query = PlainText(query, operator="and") if isinstance(query, str) else query
        self.context = context
        self.excluded_keys = [str(key) for key in excluded_keys]
        self.build_rows = build_rows  # pages (one per item, in order), with their item's languages → rows
        self.sort = "relevance"
        self.chosen: Mapping[str, list[str]] = {}
        self.total = 0
        self.loaded: list[Result] = []
        self.response: dict[str, Any] = {}
        self.now = context.now  # the moment the rows' date facet is worked out for too
        self.content_types = _page_content_types()
        # Every version's slug of each cluster, and the slug the visitor sees.
        self.cluster_slugs = {page.slug: context.local(page).slug for page in context.clusters_by_pk.values()}

    def _columns(self, names: tuple[str, ...]) -> tuple[str, ...]:
        return _columns(names, type(self.backend))

    def _periods(self) -> dict[str, dict[str, Any]]:
        start, end = self._columns(("start",)), self._columns(("end",))
        if not (start and end):
            return {}
        now = self.now.isoformat()
        month_start, next_month = (moment.isoformat() for moment in _month(self.now))
        return {
            "past": {"range": {end[0]: {"lt": now}}},
            "upcoming": {"range": {end[0]: {"gte": now}}},
            "this-month": {
                "bool": {
                    "filter": [{"range": {start[0]: {"lt": next_month}}}, {"range": {end[0]: {"gte": month_start}}}]
                }
            },
        }

    # Filters: each chosen facet as a filter of the server's, None where no page can match it.

    def _filter(self, name: str, values: list[str]) -> dict[str, Any] | None:
        if name == "date":
            periods = self._periods()
            wanted = [periods[value] for value in values if value in periods]
            return {"bool": {"should": wanted, "minimum_should_match": 1}} if wanted else None
        if name == "type":
            keys: list[Any] = [pk for pk, value in self.content_types.items() if value in values]
        elif name == "language":
            keys = [pk for pk, code in self.context.languages.items() if code in values]
        elif name == "cluster":
            keys = [slug for slug, local in self.cluster_slugs.items() if local in values]
        else:
            keys = list(values)
        return {"terms": {FACET_VALUES: [facet_term(name, key) for key in keys]}} if keys else None

    def _filters(self, chosen: Mapping[str, list[str]], ignore: str = "") -> list[dict[str, Any]] | None:
        filters = []
        for name, values in chosen.items():
            if name != ignore:
                compiled = self._filter(name, values)
                if compiled is None:
                    return None
                filters.append(compiled)
        return filters

    def _counted(self, name: str, filters: list[dict[str, Any]]) -> dict[str, Any]:
        """The aggregation counting the items of each value of facet `name` (of every facet but the
        date's, for "facets") under `filters`."""
        if name == "date":
            return under(filters, {"filters": {"filters": self._periods()}})
        return under(filters, facet_terms())

    def _sort(self) -> list[Any]:
        """The newest first, by the date each result shows (see search/backends)."""
        return [{SORT_DATE: {"order": "desc", "missing": "_last"}}, "_score"]

    def _body(self, chosen: Mapping[str, list[str]], size: int) -> dict[str, Any]:
        compiler = self.backend.query_compiler_class(self.queryset, self.query, operator=None)
        query: dict[str, Any] = {"bool": {"must": compiler.get_query(), "filter": {"term": {ITEM_HEAD: True}}}}
        if self.excluded_keys:
            query["bool"]["must_not"] = {"terms": {"translation_key_filter": self.excluded_keys}}
        # Each facet filtered on is counted under the other filters; the others together, under all.
        aggregations: dict[str, Any] = {}
        for name in chosen:
            others = self._filters(chosen, ignore=name)
            if others is not None:
                aggregations[name] = self._counted(name, others)
        kept = self._filters(chosen)
        if kept is not None and any(name not in chosen for name in FACET_FIELDS):
            aggregations["facets"] = self._counted("facets", kept)
        if kept is not None and "date" not in chosen and self._periods():
            aggregations["date"] = self._counted("date", kept)
        body: dict[str, Any] = {
            "query": query,
            "post_filter": {"bool": {"filter": kept}} if kept is not None else {"match_none": {}},
            "aggs": aggregations,
            "size": size,
            "track_total_hits": True,
            "_source": False,
            "stored_fields": ["pk"],
            "docvalue_fields": ["translation_key_filter", "locale_id_filter"],
        }
        if self.sort == "date":
            body["sort"] = self._sort()
        return body

    def _search(self, body: dict[str, Any]) -> dict[str, Any]:
        return engine_search(self.backend, Page, body)

    def fetch(self, chosen: Mapping[str, list[str]], sort: str, stop: int) -> None:
        """Ask the server for the first `stop` items and every count, in one request."""
        self.chosen, self.sort = chosen, sort
        self.response = self._search(self._body(chosen, stop))
        self.total = int(self.response["hits"]["total"]["value"])
        self.loaded = self._rows(self.response["hits"]["hits"])

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        aggregations = self.response.get("aggregations", {})
        together = [name for name in FACET_FIELDS if name not in chosen] if "facets" in aggregations else []
        # Every facet counted has its counts, if only empty ones.
        counts: dict[str, dict[str, int]] = {name: {} for name in [*aggregations, *together] if name != "facets"}
        for aggregated, aggregation in aggregations.items():
            buckets = buckets_of(aggregation)
            if aggregated == "date":
                found = [("date", key, bucket) for key, bucket in buckets.items()]
            else:
                found = [(*term_facet(bucket["key"]), bucket) for bucket in buckets]
            wanted = together if aggregated == "facets" else [aggregated]
            for name, key, bucket in found:
                value = self._value(name, key) if name in wanted else ""
                if value and bucket["doc_count"]:
                    counted = counts.setdefault(name, {})
                    counted[value] = counted.get(value, 0) + int(bucket["doc_count"])
        return self.total, counts

    def _value(self, name: str, key: str) -> str:
        if name == "type":
            return self.content_types.get(int(key), "page")
        if name == "language":
            return self.context.languages.get(int(key), "")
        if name == "cluster":
            return self.cluster_slugs.get(key, "")
        return key

    def rows(self, start: int, stop: int) -> list[Result]:
        if stop > len(self.loaded) and len(self.loaded) < self.total:
            self.loaded = self._rows(self._search(self._body(self.chosen, stop))["hits"]["hits"])
        return self.loaded[start:stop]

    def _rows(self, hits: list[dict[str, Any]]) -> list[Result]:
        """The rows of the items found (their heads), read in bulk: each in the first language chosen
        it is published in, else in the visitor's language when it is translated into it, else its head."""
        found = [
            (
                int(hit["fields"]["pk"][0]),
                hit["fields"]["translation_key_filter"][0],
                hit["fields"]["locale_id_filter"][0],
            )
            for hit in hits
        ]
        preferred = self.context.shown_locales(self.chosen)
        shown = {key: pk for pk, key, _locale in found}
        away = [key for _pk, key, locale in found if locale != preferred[0]]
        if away:
            versions = self.context.public_pages().filter(translation_key__in=away, locale_id__in=preferred)
            ranked = sorted(
                versions.values_list("translation_key", "locale_id", "pk"), key=lambda v: -preferred.index(v[1])
            )
            shown.update({str(key): pk for key, _locale, pk in ranked})
        pages = with_types(Page.objects.filter(pk__in=shown.values())).in_bulk()
        rows = [pages[shown[key]] for _pk, key, _locale in found if shown[key] in pages]
        return self.build_rows([(page, ()) for page in rows])
