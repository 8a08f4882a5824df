"""On a search server, every version of a translated page is searchable by the text of all its versions.

Each page's document holds, in each of its text fields, the values of that field in every live and
public version of the page (the versions sharing its translation key), its own first: a version in a
private section lends no words to the others. So the versions of one item match
the same queries with the same scores, and a query in one language finds the item in every language it
is translated into. One version of each item, the live and public one of the smallest locale id, is
marked as the item's head (`ITEM_HEAD`): searching the heads alone finds each item once, so the server
counts items as it counts documents (see search/page_hits.py). Each version also lists the languages
its item is published in among its facet values (search/backends/facet_values.py).

A version's document is out of date when another version of its item changes: saving or deleting a page
queues every version of its item for the server, and so does making a section private or public
(search/services.py).
"""

from collections.abc import Iterable
from typing import Any

from modelsearch.index import SearchField
from wagtail.models import Page

ITEM_HEAD = "item_head"


def _versions(model: type[Page], keys: Iterable[Any]) -> dict[Any, list[Page]]:
    by_key: dict[Any, list[Page]] = {}
    versions = model._default_manager.filter(translation_key__in=keys, live=True).public()
    for version in versions.select_related("locale"):
        by_key.setdefault(version.translation_key, []).append(version)
    return by_key


def attach_item_versions(model: type[Page], pages: list[Page]) -> None:
    """Read the live, public versions of the items of all `pages` at once."""
    by_key = _versions(model, {page.translation_key for page in pages})
    for page in pages:
        page._item_versions = by_key.get(page.translation_key, [])  # type: ignore[attr-defined]


def item_versions(page: Page) -> list[Page]:
    """The live, public versions of `page`'s item, `page` among them if it is one; read once
    (`attach_item_versions` reads them in bulk)."""
    versions = getattr(page, "_item_versions", None)
    if versions is None:
        versions = _versions(type(page), [page.translation_key]).get(page.translation_key, [])
        page._item_versions = versions  # type: ignore[attr-defined]
    return versions


def _values(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class ItemDocumentMappingMixin:
    """Gives a page's document the text of every live, public version of its item, and the head mark."""

    model: type

    def get_mapping(self) -> dict[str, Any]:
        mapping: dict[str, Any] = super().get_mapping()  # type: ignore[misc]
        if issubclass(self.model, Page):
            mapping["properties"][ITEM_HEAD] = {"type": "boolean"}
        return mapping

    def get_document(self, obj: Any) -> dict[str, Any]:
        document: dict[str, Any] = super().get_document(obj)  # type: ignore[misc]
        if not isinstance(obj, Page):
            return document
        versions = item_versions(obj)
        published = {version.locale_id for version in versions}
        document[ITEM_HEAD] = obj.locale_id in published and obj.locale_id == min(published)
        text_fields = [field for field in self.model.get_search_fields() if type(field) is SearchField]
        for version in versions:
            if version.pk == obj.pk:
                continue
            for field in text_fields:
                name, value, _edgengrams = self._get_document_field_data(field, version)  # type: ignore[attr-defined]
                merged = dict.fromkeys(_values(document.get(name)) + _values(value))
                if merged:
                    document[name] = list(merged)
        return document


class ItemDocumentIndexMixin:
    """Reads the other versions of a batch of pages in one query before making their documents."""

    def add_items(self, model: type, items: Iterable[Any]) -> None:
        items = list(items)
        if issubclass(model, Page) and items:
            attach_item_versions(model, items)
        super().add_items(model, items)  # type: ignore[misc]
