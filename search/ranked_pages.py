"""The pages a database backend finds, read narrowly: the best `MAX_RANKED` hits as (id, translation
key, language) triples, grouped into one hit per translated item; only the version shown of each item
is then read with its specific fields.

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


def one_per_item(
    hits: list[PageHit], chosen: Mapping[str, list[str]], context: RowContext
) -> list[tuple[PageHit, tuple[str, ...]]]:
    """One hit per translated item, in the order of its best hit, with the languages it was found in:
    its best hit in a language chosen by the language filter, else its best hit."""
    languages = set(chosen.get("language", []))
    best: dict[Any, PageHit] = {}
    found_in: dict[Any, list[str]] = {}
    for hit in hits:
        key, language = hit.translation_key, context.languages.get(hit.locale_id, "")
        found_in.setdefault(key, []).append(language)
        current = best.get(key)
        if current is None or (language in languages and context.languages.get(current.locale_id) not in languages):
            best[key] = hit
    return [(hit, tuple(dict.fromkeys(found_in[key]))) for key, hit in best.items()]


def shown_pages(
    items: list[tuple[PageHit, tuple[str, ...]]], context: RowContext, *, prefer_visitor: bool
) -> list[tuple[Page, tuple[str, ...]]]:
    """The page shown for each item, read with its specific fields (`with_types`) in one query: the
    hit, or its live translation in the visitor's language when `prefer_visitor`."""
    hits = [hit for hit, _languages in items]
    away = [hit for hit in hits if prefer_visitor and hit.locale_id != context.locale.pk]
    away_pks = {hit.pk for hit in away}
    wanted = Page.objects.filter(pk__in=[hit.pk for hit in hits if hit.pk not in away_pks]).order_by().values("pk")
    if away:
        local = context.public_pages().filter(
            locale=context.locale, translation_key__in=[hit.translation_key for hit in away]
        )
        untranslated = Page.objects.filter(pk__in=away_pks).exclude(translation_key__in=local.values("translation_key"))
        wanted = wanted.union(local.order_by().values("pk"), untranslated.order_by().values("pk"), all=True)
    pages = list(with_types(Page.objects.filter(pk__in=wanted)))
    by_pk = {page.pk: page for page in pages}
    local_by_key = {page.translation_key: page for page in pages if page.locale_id == context.locale.pk}
    shown = []
    for hit, languages in items:
        page = local_by_key.get(hit.translation_key) if prefer_visitor else None
        page = page or by_pk.get(hit.pk)
        if page is not None:
            shown.append((page, languages))
    return shown
