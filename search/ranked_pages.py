"""The pages a database backend finds, read narrowly: the best `MAX_RANKED` hits as (id, translation
key, language) triples, grouped into one item per translation key with the languages it is published
in; only the version shown of each item is then read with its specific fields.

Reading every hit as a page with its specific tables made the database sort wide rows and Python
build thousands of model instances for a common word; a triple costs neither.
"""

from collections.abc import Mapping
from typing import Any, NamedTuple

from wagtail.models import Page
from wagtail.search.query import SearchQuery

from .rows import RowContext, with_types

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
    """One translated item found: its best hit, and the page id of each language it is published in."""

    hit: PageHit
    versions: dict[int, int]  # locale id → page id


def items_found(hits: list[PageHit], context: RowContext) -> list[Item]:
    """One item per translation key, in the order of its best hit, with its live, public versions (read
    in one query): an item found by one version is found in every language it is published in."""
    best: dict[Any, PageHit] = {}
    for hit in hits:
        best.setdefault(hit.translation_key, hit)
    versions: dict[Any, dict[int, int]] = {key: {} for key in best}
    published = context.public_pages().filter(translation_key__in=list(best)).order_by()
    for key, locale_id, pk in published.values_list("translation_key", "locale_id", "pk"):
        versions[key][locale_id] = pk
    return [Item(hit, versions[key] or {hit.locale_id: hit.pk}) for key, hit in best.items()]


def shown_pages(
    items: list[Item], chosen: Mapping[str, list[str]], context: RowContext
) -> list[tuple[Page, tuple[str, ...]]]:
    """The version shown of each item, read with its specific fields (`with_types`) in one query, with
    the languages the item is published in: in the first language chosen by the language filter it is
    published in, else in the visitor's language where it is translated, else its best hit."""
    preferred = context.shown_locales(chosen)
    shown = []
    for item in items:
        locale_id = next((locale_id for locale_id in preferred if locale_id in item.versions), None)
        shown.append(item.versions[locale_id] if locale_id is not None else item.hit.pk)
    pages = with_types(Page.objects.filter(pk__in=shown)).in_bulk()
    return [
        (pages[pk], tuple(filter(None, (context.languages.get(locale_id) for locale_id in sorted(item.versions)))))
        for pk, item in zip(shown, items, strict=True)
        if pk in pages
    ]
