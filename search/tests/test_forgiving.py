"""A search that forgives: most of the words, typos, countries and sectors in any language."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale

from portal.search_fields import arabic_search_form
from search.models import IndexedWord
from search.query import parse_query
from search.relevance import with_alternates
from search.results import search_portal
from search.vocabulary import correct_word, edit_distance, rebuild_vocabulary


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def titles(found) -> list[str]:
    return [row.title for row in found.page_obj.paginator.object_list]


def page_text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def notice(response) -> str:
    return BeautifulSoup(response.content, "html.parser").select_one(".search-relaxation").get_text()


def test_words_that_nothing_has_together_find_results_with_most_of_them(demo, searcher):
    found = search_portal("electronics Casablanca satellites", locale=locale("en"), searcher=searcher)
    assert "CE3M" in titles(found)
    assert found.relaxation.kind == "most_words"
    assert found.relaxation.message == "No result with all the words; showing results with most of them."


def test_the_search_page_says_when_it_shows_most_of_the_words(client, demo):
    response = client.get("/en/search/", {"q": "electronics Casablanca satellites"})
    assert notice(response) == "No result with all the words; showing results with most of them."
    assert "CE3M" in page_text(response)
    french = client.get("/fr/search/", {"q": "électronique Casablanca satellites"})
    assert notice(french) == "Aucun résultat avec tous les mots ; voici les résultats avec la plupart d’entre eux."


def test_the_api_says_when_it_shows_most_of_the_words(client, demo):
    body = client.get("/api/search/", {"q": "electronics Casablanca satellites", "lang": "ar"}).json()
    assert body["notice"]["kind"] == "most_words"
    assert body["notice"]["message"] == "لا نتيجة تضم كل الكلمات؛ إليك النتائج التي تضم معظمها."
    assert any(result["title"] == "CE3M" for result in body["results"])
    assert client.get("/api/search/", {"q": "CE3M", "lang": "en"}).json()["notice"] is None


def test_a_misspelt_word_is_searched_corrected(client, demo, searcher):
    found = search_portal("aeronotics", locale=locale("en"), searcher=searcher)
    assert "CE3M" in titles(found)
    assert (found.relaxation.kind, found.relaxation.query) == ("corrected", "aeronautics")
    response = client.get("/en/search/", {"q": "aeronotics"})
    assert notice(response) == "Showing results for aeronautics."
    link = BeautifulSoup(response.content, "html.parser").select_one(".search-relaxation a")
    assert link["href"] == "/en/search/?q=aeronautics"


def test_the_vocabulary_holds_the_indexed_titles_and_names(demo):
    assert rebuild_vocabulary() == IndexedWord.objects.count()
    words = set(IndexedWord.objects.values_list("word", flat=True))
    assert {"ce3m", "aeronautics", "aéronautique", "maroc", "tunisie", "casablanca"} <= words
    assert arabic_search_form("لبنان") in words


def test_did_you_mean_chooses_the_nearest_indexed_word(demo):
    assert edit_distance("aeronotics", "aeronautics") == 2
    assert correct_word("aeronotics") == "aeronautics"
    assert correct_word("electronnics") == "electronics"
    assert correct_word("aeronautics") is None  # indexed
    assert correct_word("saas") is None  # too short to correct
    assert correct_word("zzzzzzzzz") is None  # nothing near


def test_the_beginning_of_a_word_is_searched_completed_as_suggestions_offer_it(client, demo, searcher):
    assert correct_word("valb") == "valbiom"
    assert correct_word("val") is None  # too short to complete
    found = search_portal("valb", locale=locale("en"), searcher=searcher)
    assert "Valbiom" in titles(found)
    assert (found.relaxation.kind, found.relaxation.query) == ("corrected", "valbiom")
    assert notice(client.get("/fr/search/", {"q": "platf"})) == "Résultats pour platform."


@pytest.mark.parametrize(
    ("query", "language"),
    [("Maroc électronique", "fr"), ("Morocco electronics", "en"), ("المغرب", "ar"), ("Casablanca", "en")],
)
def test_countries_are_found_in_every_language(demo, searcher, query, language):
    found = search_portal(query, locale=locale(language), searcher=searcher)
    assert "CE3M" in titles(found)
    assert found.relaxation is None


@pytest.mark.parametrize("query", ["Liban", "لبنان", "Lebanon"])
def test_lebanese_clusters_are_found_by_the_countrys_name_in_every_language(demo, searcher, query):
    found = search_portal(query, locale=locale("en"), searcher=searcher)
    assert {row.country for row in found.page_obj.paginator.object_list if row.type == "cluster"} == {"LB"}


def test_a_sectors_name_in_one_language_finds_items_named_in_another(demo, searcher):
    # "Aéronautique" is the sector's French name: the English and Arabic names are searched too.
    found = search_portal("aéronautique", locale=locale("en"), searcher=searcher)
    assert "CE3M" in titles(found)
    assert found.relaxation is None
    assert with_alternates(parse_query("aéronautique")).alternates == (("aéronautique", ("Aeronautics", "الطيران")),)
    assert dict(with_alternates(parse_query("prototypage mutualisé")).alternates)["mutualisé"] == (
        "Shared prototyping",
        "النمذجة الأولية المشتركة",
    )
    assert with_alternates(parse_query("prototypage")).alternates == ()  # a part of a name only


def test_arabic_words_are_found_with_or_without_the_article(demo, searcher):
    with_article = titles(search_portal("الإلكترونيات", locale=locale("ar"), searcher=searcher))
    without = titles(search_portal("إلكترونيات", locale=locale("ar"), searcher=searcher))
    assert with_article and set(with_article) == set(without)


def test_only_the_misspelt_words_are_corrected(demo, searcher):
    found = search_portal("CE3M aeronotics", locale=locale("en"), searcher=searcher)
    assert (found.relaxation.kind, found.relaxation.query) == ("corrected", "CE3M aeronautics")
    assert "CE3M" in titles(found)


def test_the_demo_loader_leaves_the_vocabulary_complete(demo):
    """A new site offers corrections at once: the loader counts every indexed word, sectors included,
    also where saving the content already wrote some of them."""
    IndexedWord.objects.filter(word__in=["aeronautics", "aéronautique", "electronics"]).delete()
    call_command("load_demo", stdout=io.StringIO())
    words = set(IndexedWord.objects.values_list("word", flat=True))
    assert {"aeronautics", "aéronautique", "electronics"} <= words
