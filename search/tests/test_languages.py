"""Each language's text analysed with its own analyser; one result per translated item, in the visitor's language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from portal.search_fields import arabic_search_form, normalise_arabic
from practices.tests.factories import publish_practice
from search.results import search_portal
from tests.factories import cluster

from .conftest import backend_name, searcher_on


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def titles(found) -> list[str]:
    return [row.title for row in found.page_obj.paginator.object_list]


def test_arabic_letter_forms_are_written_one_way():
    assert normalise_arabic("مؤسسة") == normalise_arabic("موسسه") == "موسسه"
    assert normalise_arabic("أإآا") == "اااا"
    assert normalise_arabic("مُنَظَّمَة") == "منظمه"  # short vowels dropped
    assert normalise_arabic("Prototypage") == "Prototypage"
    assert arabic_search_form("الطائرات والمسيرة للبيع في الساحل") == "طايرات مسيره بيع في ساحل"
    assert arabic_search_form("الة ألف") == "اله الف"  # too short to carry an article


@pytest.mark.parametrize("query", ["الصناعية", "الصناعيه", "التجمعات الصناعيه"])
def test_arabic_spelling_variants_find_the_same_pages(demo, searcher, query):
    found = search_portal(query, locale=locale("ar"), searcher=searcher)
    assert "التجمعات الصناعية المتوسطية" in titles(found)


def test_a_word_with_hamza_is_found_written_without_it(demo, committed, searcher):
    with committed():
        practice = publish_practice(cluster("ce3m", "ar"), "muassasa", title="دعم مؤسسة صغيرة للتصدير")
    for query in ("مؤسسة", "موسسة", "مؤسسه"):
        assert practice.title in titles(search_portal(query, locale=locale("ar"), searcher=searcher)), query


def test_one_result_per_translated_item_in_the_visitors_language(demo, searcher):
    for code, prefix in (("en", "/en/"), ("fr", "/fr/"), ("ar", "/ar/")):
        found = search_portal("CE3M", locale=locale(code), searcher=searcher)
        clusters = [row for row in found.page_obj.paginator.object_list if row.type == "cluster"]
        assert len(clusters) == 1, code
        assert clusters[0].url.startswith(prefix)
        assert clusters[0].locale == code


def test_a_query_in_another_language_shows_the_visitors_translation(demo, searcher):
    found = search_portal("prototyping", locale=locale("fr"), searcher=searcher)
    assert "Une plateforme de prototypage qui contribue au financement du cluster" in titles(found)
    assert "A prototyping platform that helps finance the cluster" not in titles(found)


def test_a_page_not_translated_is_shown_in_its_language(client, demo, committed):
    with committed():
        publish_practice(cluster("ce3m"), "quasicrystal-foundry", title="A quasicrystal foundry")
    response = client.get("/fr/search/", {"q": "quasicrystal"})
    page = BeautifulSoup(response.content, "html.parser")
    link = page.select_one(".search-results h2 a")
    assert link.get_text(strip=True) == "A quasicrystal foundry"
    assert link["href"].startswith("/en/")
    assert link["lang"] == "en"
    assert page.select_one(".search-result__language").get_text(strip=True) == "Anglais"


def test_english_and_french_words_are_stemmed_on_the_server(demo, settings):
    server = searcher_on(backend_name("server"))
    assert "A prototyping platform that helps finance the cluster" in titles(
        search_portal("prototyping platforms", locale=locale("en"), searcher=server)
    )
    assert "Une plateforme de prototypage qui contribue au financement du cluster" in titles(
        search_portal("plateformes prototypage", locale=locale("fr"), searcher=server)
    )
    assert "Achats groupés de composants électroniques" in titles(
        search_portal("achat groupe composant", locale=locale("fr"), searcher=server)
    )


def test_an_arabic_query_on_the_arabic_site_returns_arabic_pages(client, demo):
    page = BeautifulSoup(client.get("/ar/search/", {"q": "النمذجة الأولية"}).content, "html.parser")
    links = page.select(".search-results h2 a")
    assert "منصة للنمذجة الأولية تساهم في تمويل التجمع" in [link.get_text(strip=True) for link in links]
    assert all(link["href"].startswith("/ar/") for link in links if "/members/" not in link["href"])
    assert page.html["dir"] == "rtl"
