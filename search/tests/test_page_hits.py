"""Pages found: one result per translated item, counted and paged alike on the database and the server."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from practices.tests.factories import publish_practice
from search.results import search_portal
from tests.factories import cluster

from .conftest import backend_name, searcher_on


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def practice_in_english_and_french(slug: str, title: str, french_title: str, **fields):
    """A practice of CE3M published in English, and its French translation published with `french_title`."""
    english = publish_practice(cluster("ce3m"), slug, title=title, **fields)
    french = english.copy_for_translation(locale("fr"))
    french.title = french_title
    french.save_revision().publish()
    return english, french


def counts(found, name: str) -> dict[str, int]:
    return {option.value: option.count for option in found.facets[name]}


def test_a_translated_item_is_one_result_counted_in_each_language_it_is_published_in(demo, committed, searcher):
    with committed():
        practice_in_english_and_french(
            "quokka-en", "Quokkafish coatings", "Revêtements quokkafish", sectors=("electronics",)
        )

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


def test_an_item_found_by_one_version_only_is_one_result_in_the_visitors_language(demo, committed, searcher):
    with committed():
        practice_in_english_and_french("numbat-en", "Numbatglass panels", "Panneaux de verre", sectors=("electronics",))

    found = search_portal("numbatglass", locale=locale("fr"), searcher=searcher)
    assert found.total == 1
    assert [row.title for row in found.results] == ["Panneaux de verre"]
    assert counts(found, "sector") == {"electronics": 1}
    assert counts(found, "language") == {"en": 1, "fr": 1}

    # The language filter keeps the items published in the language chosen and shows that version.
    in_french = search_portal("numbatglass", locale=locale("en"), filters={"language": ["fr"]}, searcher=searcher)
    assert [row.title for row in in_french.results] == ["Panneaux de verre"]
    in_english = search_portal("numbatglass", locale=locale("fr"), filters={"language": ["en"]}, searcher=searcher)
    assert [row.title for row in in_english.results] == ["Numbatglass panels"]
    in_arabic = search_portal("numbatglass", locale=locale("fr"), filters={"language": ["ar"]}, searcher=searcher)
    assert in_arabic.total == 0
    assert counts(in_arabic, "language") == {"en": 1, "fr": 1, "ar": 0}  # the filter chosen stays, to be removed


def test_a_private_version_is_not_counted_in_its_language(demo, committed, searcher):
    with committed():
        _english, french = practice_in_english_and_french("bilby-en", "Bilbyforge moulds", "Moules bilbyforge")
        PageViewRestriction.objects.create(page=french, restriction_type=PageViewRestriction.LOGIN)

    found = search_portal("bilbyforge", locale=locale("fr"), searcher=searcher)
    assert [row.title for row in found.results] == ["Bilbyforge moulds"]
    assert counts(found, "language") == {"en": 1}
    assert search_portal("bilbyforge", locale=locale("en"), filters={"language": ["fr"]}, searcher=searcher).total == 0


def test_on_the_server_an_item_is_found_in_every_language_it_is_published_in(demo, committed):
    searcher = searcher_on(backend_name("server"))
    with committed():
        english, french = practice_in_english_and_french(
            "dugong-en", "Dugongwave sensors", "Capteurs marins", sectors=("electronics",)
        )

    found = search_portal("dugongwave", locale=locale("en"), searcher=searcher)
    assert found.total == 1
    assert counts(found, "language") == {"en": 1, "fr": 1}
    in_french = search_portal("dugongwave", locale=locale("en"), filters={"language": ["fr"]}, searcher=searcher)
    assert [row.title for row in in_french.results] == ["Capteurs marins"]
    assert counts(in_french, "type") == {"practice": 1}

    # Editing one version makes the others findable by its new words.
    with committed():
        french.title = "Capteurs marins lamantinscope"
        french.save_revision().publish()
    english_only = search_portal("lamantinscope", locale=locale("en"), filters={"language": ["en"]}, searcher=searcher)
    assert [row.title for row in english_only.results] == ["Dugongwave sensors"]

    # Unpublished, the English version no longer lends its words: the French one is found by its own.
    with committed():
        english.refresh_from_db()
        english.unpublish()
    assert search_portal("dugongwave", locale=locale("en"), searcher=searcher).total == 0
    after = search_portal("lamantinscope", locale=locale("en"), searcher=searcher)
    assert [row.title for row in after.results] == ["Capteurs marins lamantinscope"]
    assert after.total == 1 and counts(after, "language") == {"fr": 1}
    assert counts(after, "sector") == {"electronics": 1}


def test_on_the_server_a_private_version_lends_no_words_to_the_others(demo, committed):
    searcher = searcher_on(backend_name("server"))
    with committed():
        _english, french = practice_in_english_and_french("kakapo-en", "Kakapo dryers", "Séchoirs kakapo ornithoscope")
    in_english = {"language": ["en"]}
    assert search_portal("ornithoscope", locale=locale("en"), filters=in_english, searcher=searcher).total == 1

    with committed():
        PageViewRestriction.objects.create(page=french, restriction_type=PageViewRestriction.LOGIN)
    assert search_portal("ornithoscope", locale=locale("en"), filters=in_english, searcher=searcher).total == 0
    assert search_portal("ornithoscope", locale=locale("en"), searcher=searcher).total == 0
    assert search_portal("kakapo", locale=locale("en"), searcher=searcher).total == 1


def test_a_facet_filtered_on_is_counted_under_the_other_filters_and_the_others_under_all(demo, committed, searcher):
    with committed():
        for slug, sectors, themes in (
            ("platypus-a", ("electronics",), ("shared-prototyping",)),
            ("platypus-b", ("electronics",), ()),
            ("platypus-c", ("aeronautics",), ("shared-prototyping",)),
        ):
            publish_practice(cluster("ce3m"), slug, title=f"Platypusmark {slug}", sectors=sectors, themes=themes)
    english = locale("en")

    electronics = search_portal("platypusmark", locale=english, filters={"sector": ["electronics"]}, searcher=searcher)
    assert electronics.total == 2
    assert counts(electronics, "sector") == {"electronics": 2, "aeronautics": 1}
    assert counts(electronics, "theme") == {"shared-prototyping": 1}
    assert counts(electronics, "type") == {"practice": 2}
    assert counts(electronics, "language") == {"en": 2}

    both = {"sector": ["electronics"], "theme": ["shared-prototyping"]}
    narrowed = search_portal("platypusmark", locale=english, filters=both, searcher=searcher)
    assert [row.title for row in narrowed.results] == ["Platypusmark platypus-a"]
    assert counts(narrowed, "sector") == {"electronics": 1, "aeronautics": 1}
    assert counts(narrowed, "theme") == {"shared-prototyping": 1}
    assert counts(narrowed, "cluster") == {"ce3m": 1}
