"""Wagtail's Elasticsearch and OpenSearch backends, searching the per-language fields too.

Pages also get a `sort_date` (see `SORT_DATE`): the date their search result shows, for sorting
results of every page type newest first.

Without named fields Wagtail searches the catch-all field `_all_text` (and its boosted copies),
analysed one way for every language. These backends also search each page type's per-language
fields (see portal/search_fields.py), each analysed by its own language's analyser, and apply an
excluded word (`-word`) to every field rather than to each field on its own.
"""

from collections.abc import Iterator
from typing import Any

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField, get_indexed_models
from modelsearch.query import And, Not, SearchQuery
from wagtail.models import Page

from portal.search_fields import LANGUAGE_ANALYZERS, LANGUAGE_FIELD_WEIGHTS, language_field_name

from .facet_values import FacetValuesMappingMixin
from .item_documents import ItemDocumentIndexMixin, ItemDocumentMappingMixin

_LANGUAGE_FIELDS = {
    language_field_name(part, language): weight
    for part, weight in LANGUAGE_FIELD_WEIGHTS.items()
    for language in LANGUAGE_ANALYZERS
}


SORT_DATE = "sort_date"


def engine_search(backend: Any, model: type, body: dict[str, Any]) -> dict[str, Any]:
    """Send a search request of the server's own language to `model`'s index on `backend`."""
    index = backend.get_index_for_model(model).name
    if backend.use_new_elasticsearch_api:
        return backend.es.search(index=index, **body)  # type: ignore[no-any-return]
    return backend.es.search(index=index, body=body)  # type: ignore[no-any-return]


def split_exclusions(query: SearchQuery) -> tuple[SearchQuery | None, list[SearchQuery]]:
    """A query's wanted part, and the queries a result must not match (`And(a, Not(b))` → `a`, `[b]`)."""
    if isinstance(query, Not):
        return None, [query.subquery]
    if not isinstance(query, And):
        return query, []
    wanted = [sub for sub in query.subqueries if not isinstance(sub, Not)]
    excluded = [sub.subquery for sub in query.subqueries if isinstance(sub, Not)]
    if not wanted:
        return None, excluded
    return (wanted[0] if len(wanted) == 1 else And(wanted)), excluded


class MultilingualQueryCompilerMixin:
    queryset: Any
    query: SearchQuery
    mapping_class: Any
    remapped_fields: list[Field]

    def _remap_fields(self, fields: list[str] | None) -> list[Field]:
        remapped = super()._remap_fields(fields)  # type: ignore[misc]
        if fields:
            return remapped
        seen = {field.field_name for field in remapped}
        for model in get_indexed_models():
            if not issubclass(model, self.queryset.model):
                continue
            mapping = self.mapping_class(model)
            for field in model.get_search_fields():
                if isinstance(field, SearchField) and field.field_name in _LANGUAGE_FIELDS:
                    name = mapping.get_field_column_name(field)
                    if name not in seen:
                        seen.add(name)
                        remapped.append(Field(name, _LANGUAGE_FIELDS[field.field_name]))
        return remapped

    def get_inner_query(self) -> dict[str, Any]:
        wanted, excluded = split_exclusions(self.query)
        if not excluded:
            return super().get_inner_query()  # type: ignore[misc]
        if wanted is None:
            inner: dict[str, Any] = {"match_all": {}}
        else:
            original, self.query = self.query, wanted
            try:
                inner = super().get_inner_query()  # type: ignore[misc]
            finally:
                self.query = original
        must_not = [
            self._compile_query(subquery, field)  # type: ignore[attr-defined]
            for subquery in excluded
            for field in self.remapped_fields
        ]
        return {"bool": {"must": inner, "must_not": must_not}}


class BoundedResultsMixin:
    """Reads a bounded slice of hits (`results[:1000]`) in one request and one database query,
    where Wagtail's results scroll through it a hundred hits (and a query) at a time."""

    start: int
    stop: int | None
    backend: Any
    query_compiler: Any
    fields_param_name: str

    def _do_search(self) -> Iterator[Any]:
        if self.stop is None:
            yield from super()._do_search()  # type: ignore[misc]
            return
        params = {
            "index": self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            "_source": False,
            self.fields_param_name: "pk",
            "from_": self.start,
            "size": self.stop - self.start,
        }
        hits = self._backend_do_search(self._get_es_body(), **params)["hits"]["hits"]  # type: ignore[attr-defined]
        yield from self._get_results_from_hits(hits)  # type: ignore[attr-defined]


class SortDateMappingMixin:
    """Gives each page's document the date its search result shows (`search.rows.result_date`)."""

    model: type

    def get_mapping(self) -> dict[str, Any]:
        mapping: dict[str, Any] = super().get_mapping()  # type: ignore[misc]
        if issubclass(self.model, Page):
            mapping["properties"][SORT_DATE] = {"type": "date"}
        return mapping

    def get_document(self, obj: Any) -> dict[str, Any]:
        from search.rows import result_date  # here: the rows read models, this module is read by the settings

        document: dict[str, Any] = super().get_document(obj)  # type: ignore[misc]
        if isinstance(obj, Page):
            date = result_date(obj)
            document[SORT_DATE] = date.isoformat() if date else None
        return document


def multilingual(backend_class: type) -> type:
    """`backend_class` with a query compiler that searches the per-language fields, results read in
    one request, and pages' sort dates, the text of every version of their item
    (search/backends/item_documents.py) and their facet values (search/backends/facet_values.py)."""

    compiler = type(
        f"Multilingual{backend_class.query_compiler_class.__name__}",
        (MultilingualQueryCompilerMixin, backend_class.query_compiler_class),
        {},
    )
    results = type(
        f"Bounded{backend_class.results_class.__name__}", (BoundedResultsMixin, backend_class.results_class), {}
    )
    mapping = type(
        f"Item{backend_class.mapping_class.__name__}",
        (FacetValuesMappingMixin, ItemDocumentMappingMixin, SortDateMappingMixin, backend_class.mapping_class),
        {},
    )
    index = type(f"Item{backend_class.index_class.__name__}", (ItemDocumentIndexMixin, backend_class.index_class), {})
    return type(
        f"Multilingual{backend_class.__name__}",
        (backend_class,),
        {"query_compiler_class": compiler, "results_class": results, "mapping_class": mapping, "index_class": index},
    )
