"""Pages found: one result per translated item, counted and paged alike on the database and the server."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from practices.tests.factories import publish_practice
from search.results import search_portal
from tests.factories import cluster


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def counts(found, name: str) -> dict[str, int]:
    return {option.value: option.count for option in found.facets[name]}


def test_a_translated_item_is_one_result_counted_once_and_in_each_language_it_was_found_in(demo, committed, searcher):
    with committed():
        english = publish_practice(cluster("ce3m"), "quokka-en", title="Quokkafish coatings", sectors=("electronics",))
        french = english.copy_for_translation(locale("fr"))
        french.title = "Revêtements quokkafish"
        french.save_revision().publish()

    found = search_portal("quokkafish", locale=locale("en"), searcher=searcher)
    assert [row.title for row in found.results] == ["Quokkafish coatings"]
    assert found.total == 1
    assert counts(found, "language") == {"en": 1, "fr": 1}
    assert counts(found, "sector") == {"electronics": 1}
    assert counts(found, "cluster") == {"ce3m": 1}

    in_french = search_portal("quokkafish", locale=locale("en"), filters={"language": ["fr"]}, searcher=searcher)
    assert [row.title for row in in_french.results] == ["Revêtements quokkafish"]
    assert counts(in_french, "language") == {"en": 1, "fr": 1}

    arabic_visitor = search_portal("quokkafish", locale=locale("ar"), searcher=searcher)
    assert arabic_visitor.total == 1  # no Arabic version: the best version found is shown


def test_many_pages_are_counted_exactly_and_only_the_page_shown_is_read(demo, committed, searcher):
    with committed():
        for number in range(36):
            sectors = ("electronics",) if number % 3 == 0 else ()
            publish_practice(cluster("ce3m"), f"wombatmark-{number}", title=f"Wombatmark {number}", sectors=sectors)

    english = locale("en")
    search_portal("wombatmark", locale=english, searcher=searcher)  # fills the per-process caches
    with CaptureQueriesContext(connection) as queries:
        found = search_portal("wombatmark", locale=english, page=3, searcher=searcher)
        shown = [row.title for row in found.results]
    assert found.total == 36
    assert len(shown) == 10 and len(set(shown)) == 10
    assert counts(found, "sector") == {"electronics": 12}
    assert counts(found, "type") == {"practice": 36}
    assert len(queries) <= 8, "\n".join(query["sql"][:200] for query in queries.captured_queries)

    narrowed = search_portal("wombatmark", locale=locale("en"), filters={"sector": ["electronics"]}, searcher=searcher)
    assert narrowed.total == 12
    assert all("electronics" in row.sectors for row in narrowed.page_obj.paginator.object_list)
    assert counts(narrowed, "sector") == {"electronics": 12}
    assert counts(narrowed, "type") == {"practice": 12}

    newest = search_portal("wombatmark", locale=locale("en"), sort="date", searcher=searcher)
    assert [row.title for row in newest.results][:2] == ["Wombatmark 35", "Wombatmark 34"]
