"""On a search server, every value a result's facets count, in one field of its document.

A page's document lists them as "name=value" terms in one keyword field (`FACET_VALUES`): its type
(content type id), the languages its item is published in (locale ids), and its country, cluster,
sectors and themes, copied from the filter fields of its model named in `FACET_FIELDS`. A member
organisation's lists its country, cluster (id), sectors and the languages of its descriptions. The
facets not filtered on are then counted together, by one terms aggregation of that field, and each
facet filtered on by one of its own (search/page_hits.py, search/member_hits.py): one aggregation per
facet and per page model's column made the server go over the hits a dozen times. An aggregation over
all the hits (nothing filtered) is asked for without a filter around it, which costs a pass over the
hits too.
"""

from functools import cache
from typing import Any

from modelsearch.index import FilterField
from wagtail.models import Page

from .item_documents import item_versions

FACET_VALUES = "facet_values"
BUCKETS = 500  # values of one facet counted at most

# Each facet counted through `FACET_VALUES`, and the names of the filter fields holding it on the
# models (a model with two of them, a cluster's "country" and "country_code", gives the first). A page's
# type and languages are read from the page itself; a member organisation's languages are those it
# describes itself in (locale ids, as a page's).
FACET_FIELDS = {
    "type": (),
    "language": ("description_locale_ids",),
    "country": ("country_code", "country"),
    "cluster": ("cluster_slug", "cluster_id"),
    "sector": ("sector_slugs",),
    "theme": ("theme_slugs", "challenge_slugs"),
}


def facet_term(name: str, value: Any) -> str:
    """The term of `FACET_VALUES` saying that a page has `value` in facet `name`."""
    return f"{name}={value}"


def term_facet(term: str) -> tuple[str, str]:
    """The facet and the value of a term of `FACET_VALUES`."""
    name, _equals, value = term.partition("=")
    return name, value


def facet_terms() -> dict[str, Any]:
    """The terms aggregation counting the values of every facet in `FACET_VALUES` (each facet's are
    read from the buckets: filtering them by name costs more than counting them all)."""
    return {"terms": {"field": FACET_VALUES, "size": BUCKETS * len(FACET_FIELDS)}}


def under(filters: list[dict[str, Any]], aggregation: dict[str, Any]) -> dict[str, Any]:
    """`aggregation` over the hits matching every one of `filters`: over all of them, without the
    cost of a filter, when there is none."""
    if not filters:
        return aggregation
    return {"filter": {"bool": {"filter": filters}}, "aggs": {"values": aggregation}}


def buckets_of(aggregation: dict[str, Any]) -> Any:
    """The buckets of an aggregation made by `under`."""
    return aggregation["values"]["buckets"] if "values" in aggregation else aggregation["buckets"]


def _values(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


@cache
def _facet_filters(model: type) -> dict[str, FilterField]:
    """The filter field of `model` holding each facet it has."""
    filters = {field.field_name: field for field in model.get_search_fields() if isinstance(field, FilterField)}
    facets = {}
    for name, field_names in FACET_FIELDS.items():
        field = next((filters[field_name] for field_name in field_names if field_name in filters), None)
        if field is not None:
            facets[name] = field
    return facets


class FacetValuesMappingMixin:
    """Gives the documents of pages, and of the other models having facets, their facet values
    (`FACET_VALUES`)."""

    model: type

    def _has_facets(self) -> bool:
        return issubclass(self.model, Page) or bool(_facet_filters(self.model))

    def get_mapping(self) -> dict[str, Any]:
        mapping: dict[str, Any] = super().get_mapping()  # type: ignore[misc]
        if self._has_facets():
            mapping["properties"][FACET_VALUES] = {"type": "keyword"}
        return mapping

    def get_document(self, obj: Any) -> dict[str, Any]:
        document: dict[str, Any] = super().get_document(obj)  # type: ignore[misc]
        if not self._has_facets():
            return document
        terms = []
        if isinstance(obj, Page):
            languages = sorted({version.locale_id for version in item_versions(obj)})
            terms = [facet_term("type", obj.content_type_id), *(facet_term("language", pk) for pk in languages)]
        for name, field in _facet_filters(self.model).items():
            column = self.get_field_column_name(field)  # type: ignore[attr-defined]
            terms += [facet_term(name, value) for value in dict.fromkeys(_values(document.get(column)))]
        document[FACET_VALUES] = terms
        return document
