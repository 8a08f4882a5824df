"""Snippets around the first word searched, with the words marked, and nothing unescaped."""

from bs4 import BeautifulSoup

from search.snippets import SNIPPET_LENGTH, make_snippet


def test_the_words_searched_are_marked_after_escaping():
    snippet = make_snippet(["a < b & Prototyping <i>platforms</i>"], ["prototyping", "platform"])
    assert snippet.html == "a &lt; b &amp; <mark>Prototyping</mark> <mark>platforms</mark>"
    assert snippet.text == "a < b & Prototyping platforms"


def test_rich_text_entities_are_read_as_characters_and_escaped_once():
    snippet = make_snippet(["<p>Shared R&amp;D &lt;lab&gt; for prototyping</p>"], ["prototyping"])
    assert snippet.text == "Shared R&D <lab> for prototyping"
    assert snippet.html == "Shared R&amp;D &lt;lab&gt; for <mark>prototyping</mark>"


def test_paragraphs_and_list_items_stay_apart():
    snippet = make_snippet(["<p>With a cluster.</p><p>Bring</p><ul><li>sensors</li><li>drones</li></ul>"], ["bring"])
    assert snippet.text == "With a cluster. Bring · sensors · drones"


def test_markup_in_the_query_is_never_markup_in_the_snippet():
    snippet = make_snippet(["x &lt;mark&gt; y"], ["<mark>", "</mark>", '"><script>'])
    assert "<script>" not in snippet.html
    assert snippet.html.count("<mark>") == snippet.html.count("</mark>")


def test_the_passage_is_taken_around_the_first_match():
    text = "Filler words about nothing in particular. " * 20 + "Here the cluster opened a prototyping platform. "
    snippet = make_snippet([text * 2], ["prototyping"])
    assert len(snippet.text) <= SNIPPET_LENGTH
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "<mark>prototyping</mark>" in snippet.html


def test_the_first_text_with_a_match_is_chosen_and_a_phrase_is_marked_whole():
    snippet = make_snippet(["A summary.", "Members share a tech centre for startups."], ["tech centre"])
    assert snippet.html == "Members share a <mark>tech centre</mark> for startups."
    assert make_snippet(["A summary.", "Other text."], ["absent"]).text == "A summary."


def test_arabic_and_accented_forms_are_marked():
    assert "<mark>مؤسسة</mark>" in make_snippet(["دعم المؤسسة"[:4] + " مؤسسة صغيرة"], ["موسسه"]).html
    assert "<mark>écosystème</mark>" in make_snippet(["Un écosystème local"], ["ecosysteme"]).html


def test_the_page_marks_the_words_and_the_api_keeps_the_snippet_plain(client, demo):
    page = BeautifulSoup(client.get("/en/search/", {"q": "prototyping"}).content, "html.parser")
    marked = {mark.get_text().casefold() for mark in page.select(".search-result__snippet mark")}
    assert marked and all(word.startswith("prototyp") for word in marked)

    results = client.get("/api/search/", {"q": '"prototyping platform"'}).json()["results"]
    practice = next(result for result in results if result["title"].startswith("A prototyping platform"))
    assert "<" not in practice["snippet"]
    assert "<mark>prototyping platform</mark>" in practice["highlight"].casefold()
