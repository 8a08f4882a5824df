"""The rows of the pages a search shows, read whole: each by its type's row builder (see
search/rows.py), with what it is counted by (its facts, its terms and the languages of its item)."""

from dataclasses import replace

from wagtail.models import Page

from .rows import PageType, Result, RowContext, as_type, facts_of, other_page_row, page_type_of, term_slugs

# The fields of a row a search counts and sorts by: a row read whole takes them from its counted row.
COUNTED_FIELDS = ("cluster", "cluster_slug", "country", "date", "periods", "sectors", "themes", "languages")


def typed_rows(pages: list[Page], context: RowContext) -> list[tuple[Page, Result]]:
    """Each page (read by `with_types`) as the model of its type, and its row as its type builds it."""
    typed = [as_type(page) for page in pages]
    by_type: dict[PageType, list[Page]] = {}
    for page in typed:
        page_type = page_type_of(type(page))
        if page_type is not None:
            by_type.setdefault(page_type, []).append(page)
    built: dict[int, Result] = {}
    for page_type, of_type in by_type.items():
        built.update(page_type.rows(of_type, context))
    return [(page, built[page.pk] if page.pk in built else other_page_row(page, context)) for page in typed]


def page_rows(found: list[tuple[Page, tuple[str, ...]]], context: RowContext) -> list[Result]:
    """The rows of the pages found (read by `with_types`, with the languages each item is published
    in), in order, with their facts and terms."""
    typed = typed_rows([page for page, _languages in found], context)
    terms = term_slugs((page.pk, type(page)) for page, _row in typed)
    rows = []
    for (page, row), (_found, languages) in zip(typed, found, strict=True):
        counted = {**terms.get(page.pk, {}), **facts_of(page, context).row_fields(), "languages": languages}
        rows.append(replace(row, **counted))
    return rows


def completed(counted: list[Result], pages: dict[int, Page], context: RowContext) -> list[Result]:
    """The rows counted (see search/ranked_pages.py), read whole from their pages (read by
    `with_types`, by id), in order; a row whose page is gone meanwhile is left out."""
    found = [row for row in counted if row.page_id in pages]
    typed = typed_rows([pages[row.page_id] for row in found if row.page_id is not None], context)
    return [
        replace(row, **{name: getattr(light, name) for name in COUNTED_FIELDS})
        for (_page, row), light in zip(typed, found, strict=True)
    ]
