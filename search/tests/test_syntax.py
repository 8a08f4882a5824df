"""Quoted phrases and excluded words, on every backend; input that is not a query still gives a page."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from search.query import ParsedQuery, clean_query, parse_query
from search.results import search_portal


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def titles(found) -> list[str]:
    return [row.title for row in found.page_obj.paginator.object_list]


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ('prototyping "tech centre" -aeronautics', ParsedQuery(("prototyping",), ("tech centre",), ("aeronautics",))),
        ('-"pooled purchasing" energy', ParsedQuery(("energy",), (), ("pooled purchasing",))),
        ('"unbalanced quote', ParsedQuery(("unbalanced", "quote"))),
        ('"one"', ParsedQuery(("one",))),
        ("energy - AND OR NOT && ||", ParsedQuery(("energy",))),
        ("<script>alert(1)</script>", ParsedQuery(("script", "alert", "1"))),
        ("industry-4.0 e-mobility", ParsedQuery(("industry-4.0", "e-mobility"))),
        ("-", ParsedQuery()),
        ('""', ParsedQuery()),
    ],
)
def test_what_is_typed_is_read_tolerantly(typed, parsed):
    assert parse_query(clean_query(typed)) == parsed


def test_a_query_of_exclusions_only_looks_for_nothing():
    parsed = parse_query("-prototyping -energy")
    assert parsed.excluded == ("prototyping", "energy")
    assert not parsed.searchable
    assert parsed.search_query() is None


def test_a_phrase_finds_its_words_in_that_order(demo, searcher):
    found = titles(search_portal('"pooled purchasing"', locale=english(), searcher=searcher))
    assert "Pooled purchasing of electronic components" in found
    assert "Pooled purchasing of electronic components" not in titles(
        search_portal('"purchasing pooled"', locale=english(), searcher=searcher)
    )


def test_a_phrase_and_words_combine(demo, searcher):
    found = titles(search_portal('prototyping "tech centre"', locale=english(), searcher=searcher))
    assert "A tech centre to incubate and host startups" in found
    assert "A prototyping platform that helps finance the cluster" not in found


def test_a_word_after_a_minus_sign_leaves_out_what_contains_it(demo, searcher):
    everything = search_portal("prototyping", locale=english(), searcher=searcher)
    without = search_portal("prototyping -aeronautics", locale=english(), searcher=searcher)
    assert "CE3M" in titles(everything)  # its profile names the aeronautics sector
    assert "CE3M" not in titles(without)
    assert "A prototyping platform that helps finance the cluster" in titles(without)
    assert 0 < without.total < everything.total


def test_excluding_a_phrase(demo, searcher):
    found = titles(search_portal('purchasing -"electronic components"', locale=english(), searcher=searcher))
    assert "Pooled purchasing of electronic components" not in found


def test_exclusions_alone_say_what_to_do(client, demo):
    response = client.get("/en/search/", {"q": "-prototyping"})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert not page.select(".search-results li")
    assert "Add a word to look for" in page.select_one(".empty").get_text()


@pytest.mark.parametrize("raw", ["q=%FF%FE", "q=caf%E9", "q=%C0%AF", "q=-", "q=%22", "q=--%22-", "q=+++"])
def test_malformed_query_strings_give_a_normal_page(client, demo, raw):
    for path in ("/en/search/", "/api/search/", "/api/search/suggest/"):
        response = client.get(f"{path}?{raw}&type=%FF&cluster=%E9")
        assert response.status_code == 200, (path, raw)


@pytest.mark.parametrize("typed", ["<script>", '"unclosed'])
def test_a_search_the_portal_copes_with_logs_no_traceback(client, demo, caplog, typed):
    with caplog.at_level("INFO"):
        response = client.get("/en/search/", {"q": typed})
    assert response.status_code == 200
    assert [record.getMessage() for record in caplog.records if record.exc_info] == []


HELP_EXAMPLES = {
    "en": ('"prototyping platform"', "-aeronautics"),
    "fr": ('"plateforme de prototypage"', "-aéronautique"),
    "ar": ('"منصة النماذج الأولية"', "-الطيران"),
}


@pytest.mark.parametrize("language", HELP_EXAMPLES)
def test_the_help_under_the_field_gives_examples_in_the_pages_language(client, demo, language):
    response = client.get(f"/{language}/search/")
    assert response.status_code == 200
    examples = BeautifulSoup(response.content, "html.parser").select(".search-help code")
    assert tuple(example.get_text() for example in examples) == HELP_EXAMPLES[language]
    # Each example takes the direction of its own words: in Arabic the minus sign reads first, from the right.
    assert [example.get("dir") for example in examples] == ["auto", "auto"]
    phrase, excluded = HELP_EXAMPLES[language]
    assert parse_query(f"{phrase} {excluded}") == ParsedQuery(phrases=(phrase.strip('"'),), excluded=(excluded[1:],))


@pytest.mark.parametrize("language", HELP_EXAMPLES)
def test_the_phrase_of_the_help_finds_pages_in_its_language(demo, searcher, language):
    phrase, _excluded = HELP_EXAMPLES[language]
    found = search_portal(phrase, locale=Locale.objects.get(language_code=language), searcher=searcher)
    assert any(row.locale == language for row in found.page_obj.paginator.object_list)
