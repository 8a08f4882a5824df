"""The search benchmark's best practices (bench/practice_pages.py), inserted in bulk: a valid page tree,
three translations of each practice, pages that render, and a search that finds each practice once."""

import json
from pathlib import Path

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from clusters.models import ClusterPage
from practices.models import BestPracticePage

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture
def practice_pages(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import practice_pages

    return practice_pages


@pytest.mark.django_db
def test_generated_practices_are_translated_pages_in_a_valid_tree(demo, practice_pages, client):
    ids = practice_pages.add_practices(0, 12)

    assert len(ids) == 36
    assert Page.find_problems() == ([], [], [], [], [])
    for cluster in ClusterPage.objects.all():
        assert cluster.numchild == cluster.get_children().count()
    practices = BestPracticePage.objects.filter(pk__in=ids).select_related("locale")
    for number in range(12):
        versions = [page for page in practices if page.slug == f"bench-practice-{number}"]
        assert sorted(page.locale.language_code for page in versions) == ["ar", "en", "fr"]
        assert len({page.translation_key for page in versions}) == 1
        assert len({page.get_parent().translation_key for page in versions}) == 1
        assert all(page.live and page.themes.exists() and page.sectors.exists() for page in versions)
    for url in practice_pages.practice_urls(ids):
        response = client.get(url)
        assert response.status_code == 200
        assert "halfmark" in response.content.decode() and "tenmark" in response.content.decode()


@pytest.mark.django_db
def test_a_search_finds_each_generated_practice_once(demo, practice_pages, client):
    ids = practice_pages.add_practices(0, 12)
    practice_pages.index_practices(ids, [get_search_backend()])

    found = json.loads(client.get("/api/search/", {"q": "tenmark", "lang": "fr"}).content)

    assert found["total"] == practice_pages.TEN_OF_EACH_KIND
    assert {result["url"].split("/")[1] for result in found["results"]} == {"fr"}
    assert found["facets"]["theme"] and found["facets"]["sector"]
