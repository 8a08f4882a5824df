"""The member organisations a search found, counted and paged by whoever searched them.

A search can find thousands of members: on the search server they are counted (the facets of
member organisations: country, cluster, sector and type) and paged by the server itself, in one
request, and only the members shown are read from the database (`EngineMembers`). On the database
backend the best `MAX_RANKED` are ranked and counted in Python (`RankedMembers`). Both give the
same counts and the same rows: the search's own order, or the newest first.
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from django.db.models import QuerySet
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText, SearchQuery

from members.models import MemberOrganisation

from .rows import Result, RowContext, member_rows

MEMBER_FACETS = ("type", "country", "cluster", "sector")  # the others have no value for a member
BUCKETS = 500  # facet values counted at most (countries, clusters, sectors)


class MemberHits(Protocol):
    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        """The members under the filters chosen, and each facet's counts under the other filters."""
        ...

    def rows(self, stop: int) -> list[Result]:
        """The first `stop` rows under the filters chosen by the last `counts`, in the search's order."""
        ...


def _date_key(row: Result) -> tuple[bool, datetime]:
    return (row.date is not None, row.date or datetime.min)


def _matches(row: Result, chosen: Mapping[str, list[str]], ignore: str = "") -> bool:
    return all(set(row.facet_values(name)) & set(values) for name, values in chosen.items() if name != ignore)


class RankedMembers:
    """Members already found and turned into rows (at most the best `MAX_RANKED`), counted in Python."""

    def __init__(self, rows: list[Result], sort: str) -> None:
        self.found = sorted(rows, key=_date_key, reverse=True) if sort == "date" else rows
        self.kept = self.found

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        self.kept = [row for row in self.found if _matches(row, chosen)]
        counts: dict[str, dict[str, int]] = {}
        for name in chosen.keys() | set(MEMBER_FACETS):
            counted = counts.setdefault(name, {})
            for row in self.found:
                if _matches(row, chosen, ignore=name):
                    for value in row.facet_values(name):
                        counted[value] = counted.get(value, 0) + 1
        return len(self.kept), counts

    def rows(self, stop: int) -> list[Result]:
        return self.kept[:stop]


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

    def _clusters(self, slugs: list[str]) -> list[int]:
        return [pk for pk, page in self.context.clusters_by_pk.items() if self.context.local(page).slug in slugs]

    def _filter(self, name: str, values: list[str]) -> dict[str, Any] | None:
        if name == "type":
            return {"match_all": {}} if "member" in values else None
        if name == "country":
            return {"terms": {"country_filter": values}}
        if name == "cluster":
            return {"terms": {"cluster_id_filter": self._clusters(values)}}
        if name == "sector":
            return {"terms": {"sector_slugs_filter": values}}
        return None  # language, theme, date: members have none

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
        terms = {"country": "country_filter", "cluster": "cluster_id_filter", "sector": "sector_slugs_filter"}
        aggregations: dict[str, Any] = {}
        for name in MEMBER_FACETS:
            filters = self._filters(chosen, ignore=name)
            if filters is not None:
                aggregations[name] = {"filter": {"bool": {"filter": filters}}}
                if name in terms:
                    aggregations[name]["aggs"] = {"values": {"terms": {"field": terms[name], "size": BUCKETS}}}
        kept = self._filters(chosen)
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

    def _search(self, body: dict[str, Any]) -> dict[str, Any]:
        index = self.backend.get_index_for_model(MemberOrganisation).name
        if self.backend.use_new_elasticsearch_api:
            return self.backend.es.search(index=index, **body)  # type: ignore[no-any-return]
        return self.backend.es.search(index=index, body=body)  # type: ignore[no-any-return]

    def fetch(self, chosen: Mapping[str, list[str]], sort: str, stop: int) -> None:
        """Ask the server for the first `stop` members and every count, in one request."""
        self.chosen, self.sort = chosen, sort
        self.response = self._search(self._body(chosen, stop))
        self.total = self.response["hits"]["total"]["value"]
        self.loaded = self._rows(self.response["hits"]["hits"])

    def counts(self, chosen: Mapping[str, list[str]]) -> tuple[int, dict[str, dict[str, int]]]:
        counts: dict[str, dict[str, int]] = {name: {} for name in MEMBER_FACETS}
        for name, aggregation in self.response.get("aggregations", {}).items():
            if name == "type":
                counts["type"] = {"member": aggregation["doc_count"]} if aggregation["doc_count"] else {}
            elif name == "cluster":
                for bucket in aggregation["values"]["buckets"]:
                    cluster = self.context.clusters_by_pk.get(int(bucket["key"]))
                    if cluster is not None:
                        slug = self.context.local(cluster).slug
                        counts["cluster"][slug] = counts["cluster"].get(slug, 0) + bucket["doc_count"]
            else:
                buckets = aggregation["values"]["buckets"]
                counts[name] = {str(bucket["key"]): bucket["doc_count"] for bucket in buckets if bucket["key"]}
        return self.total, counts

    def rows(self, stop: int) -> list[Result]:
        if stop > len(self.loaded) and len(self.loaded) < self.total:
            self.loaded = self._rows(self._search(self._body(self.chosen, stop))["hits"]["hits"])
        return self.loaded[:stop]

    def _rows(self, hits: list[dict[str, Any]]) -> list[Result]:
        ids = [int(hit["fields"]["pk"][0]) for hit in hits]
        members = MemberOrganisation.objects.filter(pk__in=ids).in_bulk()
        return member_rows([members[pk] for pk in ids if pk in members], self.context)
