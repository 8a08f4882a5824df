"""Reading a cluster's page in tests: its hub sections and how many queries it takes."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def cluster_page(client, url: str) -> BeautifulSoup:
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_titles(client, url: str, key: str) -> list[str] | None:
    """The titles listed in the section `key` of the page at `url`, None when the page has no such section."""
    section = cluster_page(client, url).find("section", id=key)
    if section is None:
        return None
    assert section.h2 is not None
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def queries_for(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
