"""The search API: results and facets as JSON, and suggestions as one types."""

import pytest

from search import api
from search.suggestions import title_words


def test_a_search_returns_results_and_facets(client, demo):
    response = client.get("/api/search/", {"q": "prototyping"})
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    body = response.json()
    assert set(body) >= {"total", "results", "facets"}
    assert set(body["facets"]) == {"type", "country", "cluster", "sector", "theme", "language", "date"}
    assert body["total"] == sum(body["facets"]["type"].values())
    assert all(
        set(result) == {"title", "url", "type", "snippet", "highlight", "cluster", "country", "locale", "date"}
        for result in body["results"]
    )
    practice = next(result for result in body["results"] if result["title"].startswith("A prototyping platform"))
    assert practice | {"date": None, "snippet": "", "highlight": ""} == {
        "title": "A prototyping platform that helps finance the cluster",
        "url": "/en/clusters/ce3m/prototyping-platform/",
        "type": "practice",
        "snippet": "",
        "highlight": "",
        "cluster": "CE3M",
        "country": "MA",
        "locale": "en",
        "date": None,
    }
    assert practice["snippet"].startswith("CE3M set up a mechanical")


def test_filters_and_the_language_apply(client, demo):
    body = client.get("/api/search/", {"q": "prototypage", "lang": "fr", "type": "practice", "country": "MA"}).json()
    assert body["total"] >= 1
    assert all(result["type"] == "practice" and result["country"] == "MA" for result in body["results"])
    assert all(result["locale"] == "fr" and result["url"].startswith("/fr/") for result in body["results"])
    assert body["facets"]["type"]["practice"] == body["total"]


def test_an_empty_query_finds_nothing(client, demo):
    response = client.get("/api/search/", {"q": ""})
    assert response.status_code == 200
    assert response.json()["total"] == 0
    assert response.json()["results"] == []


@pytest.mark.parametrize(
    ("params", "word"),
    [({"q": "prototyping", "lang": "xx"}, "language"), ({"q": "prototyping", "page": "two"}, "page")],
)
def test_bad_parameters_get_a_400_with_a_message(client, demo, params, word):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert word in response.json()["error"]


def test_suggestions_complete_titles(client, demo):
    response = client.get("/api/search/suggest/", {"q": "CE3", "lang": "en"})
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"]
    suggestions = response.json()
    assert {"title": "CE3M", "url": "/en/clusters/ce3m/", "type": "cluster"} in suggestions
    assert len(client.get("/api/search/suggest/", {"q": "pro"}).json()) <= 8


def test_suggestions_never_fail(client, demo, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index gone")

    monkeypatch.setattr(api.suggestions, "suggest", broken)
    response = client.get("/api/search/suggest/", {"q": "CE3"})
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("query", ["x" * 5000, '"unbalanced', "<script>alert(1)</script>", "AND OR"])
def test_hostile_input_never_fails(client, demo, query):
    for path in ("/api/search/", "/api/search/suggest/"):
        response = client.get(path, {"q": query, "type": "<script>", "cluster": "'; drop table"})
        assert response.status_code == 200
        assert b"<script>" not in response.content


def suggested_titles(client, query: str, language: str) -> list[str]:
    response = client.get("/api/search/suggest/", {"q": query, "lang": language})
    return [suggestion["title"] for suggestion in response.json()]


def test_suggestions_match_any_word_of_a_title(client, demo):
    assert "A prototyping platform that helps finance the cluster" in suggested_titles(client, "platf", "en")
    assert "A prototyping platform that helps finance the cluster" in suggested_titles(client, "finance proto", "en")


def test_arabic_suggestions_ignore_the_article(client, demo):
    with_article = suggested_titles(client, "الأولية", "ar")  # "initial", as in "initial prototyping"
    assert "منصة للنمذجة الأولية تساهم في تمويل التجمع" in with_article
    assert suggested_titles(client, "أولية", "ar") == with_article
    assert suggested_titles(client, "والأولية", "ar") == with_article
    assert title_words("الإلكترونيات والميكاترونيك") == title_words("إلكترونيات ميكاترونيك")


def test_arabic_names_that_begin_like_an_article_are_suggested_as_typed(client, demo):
    # "فالبيوم" (Valbiom) begins with the letters of "ف" + "ال"; typing its start still finds it.
    assert "فالبيوم" in suggested_titles(client, "فالب", "ar")


def test_suggestions_in_the_visitors_language_come_first(client, demo):
    suggestions = client.get("/api/search/suggest/", {"q": "prototypage", "lang": "en"}).json()
    assert suggestions[0]["url"].startswith("/fr/")  # no English title has the word: the French one is offered
    english = client.get("/api/search/suggest/", {"q": "CE3M", "lang": "fr"}).json()
    assert english[0] == {"title": "CE3M", "url": "/fr/clusters/ce3m/", "type": "cluster"}


def test_an_unbalanced_quote_is_no_error(client, demo, caplog):
    response = client.get("/api/search/suggest/", {"q": '"CE3', "lang": "en"})
    assert {"title": "CE3M", "url": "/en/clusters/ce3m/", "type": "cluster"} in response.json()
    assert not [record for record in caplog.records if record.levelname in ("ERROR", "WARNING")]
