"""`?search=` of the API reads what people type: words, quoted phrases, a stray quote; never a 500."""

import pytest


def titles(client, **params) -> list[str]:
    response = client.get("/api/v2/pages/", {"fields": "title", "limit": 50, **params})
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def test_a_word_finds_the_pages_that_hold_it(client, demo):
    assert any("CE3M" in title for title in titles(client, search="CE3M"))


def test_a_quoted_phrase_finds_what_the_words_find_together(client, demo):
    phrase = titles(client, search='"technical textiles"')
    assert phrase
    assert set(phrase) <= set(titles(client, search="technical textiles"))


@pytest.mark.parametrize("typed", ['"CE3M', 'CE3M"', '"CE3M" "', "CE3M'"])
def test_a_stray_quote_is_ignored(client, demo, typed):
    assert titles(client, search=typed) == titles(client, search="CE3M")


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_a_lone_quote_answers_an_empty_or_full_list_not_an_error(client, demo, endpoint):
    assert client.get(f"/api/v2/{endpoint}/", {"search": '"'}).status_code == 200


def test_an_unknown_operator_is_a_plain_400(client, demo):
    response = client.get("/api/v2/pages/", {"search": "CE3M", "search_operator": "xor"})
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]
    assert titles(client, search="CE3M textile", search_operator="or")
