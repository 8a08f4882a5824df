"""The search page in reduced mode, and when nothing can answer."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup


@pytest.mark.parametrize("query", ['"unbalanced', "<script>alert(1)</script>", "x" * 5000, "AND OR"])
def test_odd_input_never_fails_while_the_server_is_down(client, demo, search_proxy, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_when_no_backend_answers_the_page_says_search_is_unavailable(client, demo):
    with mock.patch("search.views.search_with_fallback", side_effect=RuntimeError("database locked")):
        response = client.get("/en/search/", {"q": "prototyping"})
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Search is unavailable at the moment." in text


def test_the_reduced_mode_notice_shows_in_french_too(client, demo, search_proxy):
    response = client.get("/fr/search/", {"q": "prototypage"})
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".search-mode") is not None
