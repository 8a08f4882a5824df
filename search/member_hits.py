"""The member organisations a search found, counted and paged by whoever searched them.

A search can find thousands of members: on the search server they are counted (the facets of
member organisations: country, cluster, sector and type) and paged by the server itself, in one
request, and only the members shown are read from the database (`EngineMembers`). On the database
backends (PostgreSQL, SQLite, the fallback) they are counted by SQL over every member found, and only
the members shown are ranked out and read (`DatabaseMembers`). Both give the same counts and the same
rows: the search's own order, or the newest first.
"""

from collections.abc import Collection, Mapping
from typing import Any, Protocol

from django.db.models import Count, F, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText, SearchQuery

from members.models import MemberOrganisation, language_bits, languages_of_bits, written_in

from .backends import engine_search
from .backends.facet_values import FACET_VALUES, buckets_of, facet_term, facet_terms, term_facet, under
from .rows import Result, RowContext, member_rows

MEMBER_FACETS = ("type", "country", "cluster", "sector", "language")  # the others have no value for a member
IN_PLACE = ("country", "cluster", "language")  # counted from the members grouped by them
PRELOADED = 100  # members read with the counts on a database backend, at most: those of the first pages


class MemberHits(Protocol):
    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        """The members under the filters chosen, and each facet's counts under the other filters."""
        ...

    def rows(self, start: int, stop: int) -> list[Result]:
        """The rows from `start` to `stop` under the filters chosen by the last `counts`, in the search's order."""
        ...


def cluster_ids(slugs: list[str], context: RowContext) -> list[int]:
    """The clusters (the versions members hang on) whose slug, in the visitor's language, is chosen."""
    return [pk for pk, page in context.clusters_by_pk.items() if context.local(page).slug in slugs]


class NoMembers:
    """No member found: the search looked for nothing."""

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        return 0, {}

    def rows(self, start: int, stop: int) -> list[Result]:
        return []


class DatabaseMembers:
    """Members found by a database backend (PostgreSQL, SQLite or the fallback), counted by SQL over
    every member found. Like the search server, it reads a page of them and every count at once, in
    two queries: the first `stop` members under the filters chosen, in the backend's order (or the
    newest first); then, in one query, the members found grouped by country and cluster, by sector,
    and the sectors of the members shown."""

    def __init__(self, results: Any, context: RowContext, sort: str, stop: int) -> None:
        self.results = results  # the backend's search results, unread
        self.context = context
        self.sort = sort
        self.stop = stop
        self.chosen: Mapping[str, list[str]] = {}
        self.counted: tuple[int, dict[str, dict[str, int]]] | None = None
        self.loaded: list[Result] = []

    def _found(self) -> QuerySet:
        """Every member found, unranked."""
        return MemberOrganisation.objects.filter(pk__in=self.results.get_queryset().order_by().values("pk"))

    # Filters: each chosen facet as a condition, None where no member can match it.

    def _filter(self, name: str, values: list[str]) -> Q | None:
        if name == "type":
            return Q() if "member" in values else None
        if name == "country":
            return Q(country__in=values)
        if name == "cluster":
            return Q(cluster_id__in=cluster_ids(values, self.context))
        if name == "sector":
            return Q(pk__in=_member_sectors().filter(sector__slug__in=values).values("memberorganisation_id"))
        if name == "language":
            return written_in(values)
        return None  # theme, date: members have none

    def _filters(self, chosen: Mapping[str, list[str]], names: Collection[str]) -> Q | None:
        combined = Q()
        for name in names:
            compiled = self._filter(name, chosen[name])
            if compiled is None:
                return None
            combined &= compiled
        return combined

    def _members(self, kept: Q) -> QuerySet:
        """The members found under the filters `kept`, in order."""
        if self.sort == "date":
            return self._found().filter(kept).order_by("-updated", "-pk")
        return self.results.get_queryset().filter(kept)  # type: ignore[no-any-return]

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        if self.counted is None or chosen != self.chosen:
            self.chosen = dict(chosen)
            kept = self._filters(chosen, list(chosen))
            shown = list(self._members(kept)[: min(self.stop, PRELOADED)]) if kept is not None else []
            self.counted, sectors = self._count(chosen, [member.pk for member in shown])
            self.loaded = member_rows(shown, self.context, sectors)
        return self.counted

    def _count(
        self, chosen: Mapping[str, list[str]], shown: list[int]
    ) -> tuple[tuple[int, dict[str, dict[str, int]]], dict[int, list[str]]]:
        """Each facet counted under the other facets' filters: country, cluster, language, type and the
        total from the members grouped by country, cluster and languages under the sector filter; the
        sectors apart. Read in one query with the sectors of the members `shown`."""
        counts: dict[str, dict[str, int]] = {name: {} for name in MEMBER_FACETS}
        others = self._filters(chosen, [name for name in chosen if name not in ("type", *IN_PLACE)])
        if others is None:  # a filter no member can match, besides the type
            return (0, counts), {}
        member_type = self._filters(chosen, [name for name in ("type",) if name in chosen])
        in_place = self._filters(chosen, [name for name in IN_PLACE if name in chosen])
        grouped = self._found().filter(others).annotate(languages=language_bits())
        parts = [_columns(grouped.values("country", "cluster_id", "languages"), Count("pk"))]
        if member_type is not None and in_place is not None:
            members = self._found().filter(in_place).values("pk")
            by_sector = _member_sectors().filter(memberorganisation_id__in=members).values("sector__slug")
            parts.append(_columns(by_sector, Count("memberorganisation_id", distinct=True), sector="sector__slug"))
        if shown:
            of_shown = _member_sectors().filter(memberorganisation_id__in=shown)
            parts.append(_columns(of_shown, None, sector="sector__slug", member="memberorganisation_id"))
        total = 0
        sectors: dict[int, list[str]] = {}
        for country, cluster_id, bits, sector, member, found in parts[0].union(*parts[1:], all=True):
            if member is not None:
                sectors.setdefault(member, []).append(sector)
            elif sector:
                counts["sector"][sector] = found
            else:
                total += self._count_in_place(counts, chosen, (country, cluster_id, bits), found)
        counts["type"] = {"member": total} if total else {}
        if member_type is None:
            return (0, {**{name: {} for name in MEMBER_FACETS}, "type": counts["type"]}), sectors
        return (total, counts), sectors

    def _count_in_place(
        self, counts: dict[str, dict[str, int]], chosen: Mapping[str, list[str]], group: tuple, found: int
    ) -> int:
        """Count the `found` members of one country, cluster and set of languages under each facet
        grouped (`IN_PLACE`) whose value it is, where it matches the filters of the other two; return
        how many of them match all three."""
        country, cluster_id, bits = group
        cluster = self.context.clusters_by_pk.get(cluster_id)
        values = {
            "country": (country,) if country else (),
            "cluster": (self.context.local(cluster).slug,) if cluster is not None else (),
            "language": languages_of_bits(bits or 0),
        }
        matching = {name: name not in chosen or bool(set(chosen[name]) & set(values[name])) for name in IN_PLACE}
        for name in IN_PLACE:
            if all(matched for other, matched in matching.items() if other != name):
                for value in values[name]:
                    counts[name][value] = counts[name].get(value, 0) + found
        return found if all(matching.values()) else 0

    def rows(self, start: int, stop: int) -> list[Result]:
        total = self.counted[0] if self.counted is not None else 0
        if stop <= len(self.loaded) or len(self.loaded) >= total:
            return self.loaded[start:stop]
        kept = self._filters(self.chosen, list(self.chosen))
        return member_rows(self._members(kept)[start:stop], self.context) if kept is not None else []


def _member_sectors() -> QuerySet:
    return MemberOrganisation.sectors.through.objects.all()


def _columns(grouped: QuerySet, found: Count | None, *, sector: str = "", member: str = "") -> QuerySet:
    """`grouped` as rows of (country, cluster id, languages, sector slug, member id, count), to read
    several groupings in one query (a union); the columns it has not are empty."""
    none = Cast(Value(None), IntegerField())  # typed: PostgreSQL gives an untyped NULL's column the type text
    selected = [*grouped.query.values_select, *grouped.query.annotation_select]
    columns = {
        "country_": F("country") if "country" in selected else Value(""),
        "cluster_": F("cluster_id") if "cluster_id" in selected else none,
        "languages_": F("languages") if "languages" in selected else none,
        "sector_": F(sector) if sector else Value(""),
        "member_": F(member) if member else none,
        "found_": found if found is not None else Value(0),
    }
    return grouped.annotate(**columns).values_list(*columns).order_by()


class EngineMembers:
    """Members found on a search server (Elasticsearch or OpenSearch): one request gives a page of
    them and the counts of their facets, computed by the server over every member found."""

    def __init__(self, backend_name: str, queryset: QuerySet, query: "str | SearchQuery", context: RowContext) -> None:
        self.backend = get_search_backend(backend_name)
        self.queryset = queryset
        self.query = PlainText(query, operator="and") if isinstance(query, str) else query
        self.context = context
        self.sort = "relevance"
        self.chosen: Mapping[str, list[str]] = {}
        self.total = 0
        self.loaded: list[Result] = []
        self.response: dict[str, Any] = {}

    # Filters: each chosen facet as a filter of the server's, None where no member can match it.

    def _filter(self, name: str, values: list[str]) -> dict[str, Any] | None:
        if name == "type":
            return {"match_all": {}} if "member" in values else None
        if name in ("country", "sector"):
            keys: list[Any] = values
        elif name == "cluster":
            keys = cluster_ids(values, self.context)
        elif name == "language":
            keys = [pk for pk, code in self.context.languages.items() if code in values]
        else:
            return None  # theme, date: members have none
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

    def _body(self, chosen: Mapping[str, list[str]], size: int) -> dict[str, Any]:
        compiler = self.backend.query_compiler_class(self.queryset, self.query, operator=None)
        # Each facet filtered on is counted under the other filters; the others together, under all
        # (search/backends/facet_values.py). The type facet counts the members under the other filters:
        # all of those found when it is not filtered on.
        aggregations: dict[str, Any] = {}
        for name in [facet for facet in MEMBER_FACETS if facet in chosen]:
            others = self._filters(chosen, ignore=name)
            if others is not None:
                aggregations[name] = (
                    {"filter": {"bool": {"filter": others}}} if name == "type" else self._counted(others)
                )
        kept = self._filters(chosen)
        if kept is not None and any(name not in chosen for name in MEMBER_FACETS if name != "type"):
            aggregations["facets"] = self._counted(kept)
        body: dict[str, Any] = {
            "query": compiler.get_query(),
            "post_filter": {"bool": {"filter": kept}} if kept is not None else {"match_none": {}},
            "aggs": aggregations,
            "size": size,
            "track_total_hits": True,
            "_source": False,
            "stored_fields": ["pk"],
        }
        if self.sort == "date":
            body["sort"] = [{"updated_filter": "desc"}, "_score"]
        return body

    def _counted(self, filters: list[dict[str, Any]]) -> dict[str, Any]:
        """The aggregation counting the members of each facet value under `filters`."""
        return under(filters, facet_terms())

    def _search(self, body: dict[str, Any]) -> dict[str, Any]:
        return engine_search(self.backend, MemberOrganisation, body)

    def fetch(self, chosen: Mapping[str, list[str]], sort: str, stop: int) -> None:
        """Ask the server for the first `stop` members and every count, in one request."""
        self.chosen, self.sort = chosen, sort
        self.response = self._search(self._body(chosen, stop))
        self.total = self.response["hits"]["total"]["value"]
        self.loaded = self._rows(self.response["hits"]["hits"])

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        counts: dict[str, dict[str, int]] = {name: {} for name in MEMBER_FACETS}
        aggregations = self.response.get("aggregations", {})
        if "type" not in chosen:
            counts["type"] = {"member": self.total} if self.total else {}
        for aggregated, aggregation in aggregations.items():
            if aggregated == "type":
                counts["type"] = {"member": aggregation["doc_count"]} if aggregation["doc_count"] else {}
                continue
            wanted = [name for name in MEMBER_FACETS if name not in chosen] if aggregated == "facets" else [aggregated]
            for bucket in buckets_of(aggregation):
                name, key = term_facet(bucket["key"])
                value = self._value(name, key) if name in wanted else ""
                if value and bucket["doc_count"]:
                    counts[name][value] = counts[name].get(value, 0) + bucket["doc_count"]
        return self.total, counts

    def _value(self, name: str, key: str) -> str:
        if name == "cluster":
            cluster = self.context.clusters_by_pk.get(int(key))
            return self.context.local(cluster).slug if cluster is not None else ""
        if name == "language":
            return self.context.languages.get(int(key), "")
        return key

    def rows(self, start: int, stop: int) -> list[Result]:
        if stop > len(self.loaded) and len(self.loaded) < self.total:
            self.loaded = self._rows(self._search(self._body(self.chosen, stop))["hits"]["hits"])
        return self.loaded[start:stop]

    def _rows(self, hits: list[dict[str, Any]]) -> list[Result]:
        ids = [int(hit["fields"]["pk"][0]) for hit in hits]
        members = MemberOrganisation.objects.filter(pk__in=ids).in_bulk()
        return member_rows([members[pk] for pk in ids if pk in members], self.context)
