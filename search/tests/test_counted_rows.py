"""On the database backends, the items found are counted and sorted by rows built from a few fields
read as values; only the rows shown are read whole. Both must say the same of every page."""

from wagtail.models import Locale, Page

from search.page_rows import page_rows
from search.ranked_pages import PageHit, counted_rows, items_found, read_whole
from search.rows import PAGE_TYPES, RowContext, with_types

COUNTED_BY = ("type", "cluster", "cluster_slug", "country", "date", "periods", "sectors", "themes", "languages")


def test_every_demo_page_is_counted_by_what_its_result_shows(demo):
    for code in ("en", "fr", "ar"):
        context = RowContext(Locale.objects.get(language_code=code), None)
        pages = list(context.public_pages().order_by("pk"))
        items = items_found([PageHit(page.pk, page.translation_key, page.locale_id) for page in pages], context)
        counted = counted_rows(items, {}, context)

        shown = with_types(Page.objects.filter(pk__in=[row.page_id for row in counted])).in_bulk()
        whole = page_rows([(shown[row.page_id], row.languages) for row in counted], context)

        assert {row.type for row in counted} >= set(PAGE_TYPES)  # the demo has pages of every type
        for light, full in zip(counted, whole, strict=True):
            assert {name: getattr(light, name) for name in COUNTED_BY} == {
                name: getattr(full, name) for name in COUNTED_BY
            }, full.url


def test_the_rows_shown_are_read_whole_in_the_visitors_language(demo):
    context = RowContext(Locale.objects.get(language_code="fr"), None)
    ce3m = context.public_pages().filter(slug="ce3m", locale__language_code="en").get()
    items = items_found([PageHit(ce3m.pk, ce3m.translation_key, ce3m.locale_id)], context)

    [row] = read_whole(counted_rows(items, {}, context), context)

    assert row.url.startswith("/fr/") and row.locale == "fr"
    assert row.title and row.texts and row.languages == ("en", "fr", "ar")
