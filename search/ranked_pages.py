"""The pages a database backend finds, read narrowly: the best `MAX_RANKED` hits as (id, translation
key, language) triples, grouped into one item per translation key; then, in one query, the versions
of each item with the few fields its result is counted by (search/facts.py). The rows counted and
sorted are built from those; only the rows of the page shown are then read whole.

Reading every hit as a page with its specific tables made the database sort wide rows and Python
build a thousand model instances, and their URLs, for a common word; values cost neither.
"""

from collections.abc import Mapping
from typing import Any, NamedTuple

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page
from wagtail.search.query import SearchQuery

from .facts import PAGE_FIELDS, page_facts
from .page_rows import completed
from .rows import PAGE_TYPES, Result, RowContext, page_type_of, path_to, term_slugs, with_types

MAX_RANKED = 1000  # page versions ranked, counted and paged (members are counted by SQL: member_hits.py)


class PageHit(NamedTuple):
    pk: int
    translation_key: Any
    locale_id: int


class BestHits:
    """Pages as a searcher expects them (see `services.Searchable`), searched for their `MAX_RANKED`
    best hits only, read as `PageHit`s: a word found in every item costs no more than one found in a
    thousand."""

    def __init__(self, queryset: Any) -> None:
        self.queryset = queryset

    def search(self, query: "str | SearchQuery", *, operator: str | None, backend: str) -> list[PageHit]:
        results = self.queryset.search(query, operator=operator, backend=backend)[:MAX_RANKED]
        ranked = getattr(results, "get_queryset", None)  # the database backends' ranked, sliced query
        if ranked is None:
            return [PageHit(page.pk, page.translation_key, page.locale_id) for page in results]
        return [PageHit(*row) for row in ranked().values_list("pk", "translation_key", "locale_id")]


class Item(NamedTuple):
    """One translated item found: its best hit, the page id of each language it is published in, and
    the fields of those pages its result is counted by, by page id."""

    hit: PageHit
    versions: dict[int, int]  # locale id → page id
    fields: dict[int, dict[str, Any]]


def _fact_columns() -> dict[str, dict[str, str]]:
    """The columns read for the facts of each type: type → {its field's name: the column's}."""
    return {
        value: {name: f"{path_to(page_type.model)}__{name}" for name in page_type.fact_fields}
        for value, page_type in PAGE_TYPES.items()
    }


def items_found(hits: list[PageHit], context: RowContext) -> list[Item]:
    """One item per translation key, in the order of its best hit, with its live, public versions and
    their fields (read in one query): an item found by one version is found in every language it is
    published in. An item no longer published (since the search) is left out."""
    best: dict[Any, PageHit] = {}
    for hit in hits:
        best.setdefault(hit.translation_key, hit)
    versions: dict[Any, dict[int, int]] = {key: {} for key in best}
    fields: dict[Any, dict[int, dict[str, Any]]] = {key: {} for key in best}
    columns = [column for of_type in _fact_columns().values() for column in of_type.values()]
    published = context.public_pages().filter(translation_key__in=list(best)).order_by()
    for row in published.values("translation_key", "locale_id", "content_type_id", *PAGE_FIELDS, *columns):
        key, pk = row["translation_key"], row["pk"]
        versions[key][row["locale_id"]] = pk
        fields[key][pk] = row
    return [Item(hit, versions[key], fields[key]) for key, hit in best.items() if versions[key]]


def _model(content_type_id: int) -> type[Page]:
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page


def _own_fields(row: dict[str, Any], columns: dict[str, str]) -> dict[str, Any]:
    """The fields of a page its type's facts read (the `columns` of its type), from a row read by
    `items_found`."""
    own = {name: row[column] for name, column in columns.items()}
    return {**{name: row[name] for name in PAGE_FIELDS}, **own}


def counted_rows(items: list[Item], chosen: Mapping[str, list[str]], context: RowContext) -> list[Result]:
    """A row of each item to count, filter and sort, built from the fields `items_found` read (and
    one query for the terms): in the first language chosen by the language filter it is published in,
    else in the visitor's language where it is translated, else its best hit."""
    preferred, columns = context.shown_locales(chosen), _fact_columns()
    shown: list[tuple[Item, dict[str, Any], type[Page]]] = []
    for item in items:
        locale_id = next((locale_id for locale_id in preferred if locale_id in item.versions), None)
        pk = item.versions[locale_id] if locale_id is not None else item.hit.pk
        fields = item.fields.get(pk) or next(iter(item.fields.values()))  # its best hit, unless unpublished
        shown.append((item, fields, _model(fields["content_type_id"])))
    terms = term_slugs((fields["pk"], model) for _item, fields, model in shown)
    rows = []
    for item, fields, model in shown:
        page_type = page_type_of(model)
        facts = (
            page_type.facts(_own_fields(fields, columns[page_type.value]), context)
            if page_type
            else page_facts(fields, context)
        )
        counted = {**terms.get(fields["pk"], {}), **facts.row_fields()}
        languages = tuple(filter(None, (context.languages.get(locale_id) for locale_id in sorted(item.versions))))
        rows.append(
            Result(
                title="",
                url="",
                type=page_type.value if page_type else "page",
                locale=context.languages.get(fields["locale_id"], ""),
                languages=languages,
                page_id=fields["pk"],
                **counted,
            )
        )
    return rows


def read_whole(rows: list[Result], context: RowContext) -> list[Result]:
    """The rows counted, read whole from their pages (in one query, and their type's), in order."""
    pages = with_types(Page.objects.filter(pk__in=[row.page_id for row in rows])).in_bulk()
    return completed(rows, pages, context)
