"""The theme and language facets: counted in Python over the results, combinable, in the URL."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from practices.tests.factories import publish_practice
from search.results import search_portal
from tests.factories import cluster


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def facet_links(page: BeautifulSoup, facet: str) -> dict[str, tuple[str, int, str]]:
    """Each option of a facet: its label, its count and the link that applies it."""
    return {
        link["data-value"]: (
            link.get_text(" ", strip=True).rsplit(" (", 1)[0].lstrip("☐☑ "),
            int(link.select_one(".search-facet__count").get_text(strip=True).strip("()")),
            link["href"],
        )
        for link in page.select(f'.search-facet__option[data-facet="{facet}"]')
    }


def test_the_theme_facet_counts_and_narrows(demo):
    everything = search_portal("purchasing", locale=locale("en"))
    themes = {option.value: option.count for option in everything.facets["theme"]}
    rows = everything.page_obj.paginator.object_list
    assert themes["pooled-purchasing"] == sum("pooled-purchasing" in row.themes for row in rows) >= 2
    pooled = search_portal("purchasing", locale=locale("en"), filters={"theme": ["pooled-purchasing"]})
    assert pooled.total == themes["pooled-purchasing"] < everything.total
    assert all(row.type == "practice" and "pooled-purchasing" in row.themes for row in pooled.results)


def test_facet_labels_are_in_the_visitors_language_and_links_need_no_script(client, demo):
    page = BeautifulSoup(client.get("/fr/search/", {"q": "achats"}).content, "html.parser")
    headings = [heading.get_text(strip=True) for heading in page.select(".search-facet h3")]
    assert "Thème ou défi" in headings and "Langue" in headings
    themes = facet_links(page, "theme")
    label, count, href = themes["pooled-purchasing"]
    assert label == "Achats groupés"
    narrowed = BeautifulSoup(client.get("/fr/search/" + href).content, "html.parser")
    assert len(narrowed.select(".search-results li")) == count
    assert "theme=pooled-purchasing" in href and "q=achats" in href


def test_the_language_facet_separates_translations_from_untranslated_pages(client, demo, committed):
    with committed():
        publish_practice(cluster("ce3m"), "quasicrystal-en", title="Quasicrystal coatings")
        publish_practice(cluster("ce3m", "fr"), "quasicrystal-fr", title="Revêtements quasicrystal")
    found = search_portal("quasicrystal", locale=locale("fr"))
    assert {option.value: option.count for option in found.facets["language"]} == {"en": 1, "fr": 1}
    only_french = search_portal("quasicrystal", locale=locale("fr"), filters={"language": ["fr"]})
    assert [row.title for row in only_french.results] == ["Revêtements quasicrystal"]

    page = BeautifulSoup(client.get("/fr/search/", {"q": "quasicrystal", "language": "en"}).content, "html.parser")
    assert [link.get_text(strip=True) for link in page.select(".search-results h2 a")] == ["Quasicrystal coatings"]
    languages = facet_links(page, "language")
    assert languages["fr"][1] == 1  # still offered, counted under the other filters
    assert languages["en"][0] in ("anglais", "Anglais")


def test_facets_of_different_kinds_combine(demo):
    both = search_portal(
        "purchasing",
        locale=locale("en"),
        filters={"theme": ["pooled-purchasing"], "language": ["en"], "type": ["practice"]},
    )
    assert both.total >= 2
    assert all(row.locale == "en" and "pooled-purchasing" in row.themes for row in both.results)
    assert set(both.filters) == {"theme", "language", "type"}


def test_unknown_theme_language_and_date_values_are_ignored(client, demo):
    everything = search_portal("purchasing", locale=locale("en"))
    odd = search_portal(
        "purchasing", locale=locale("en"), filters={"theme": ["<i>"], "language": ["xx"], "date": ["tomorrow"]}
    )
    assert odd.total == everything.total and odd.filters == {}
    response = client.get("/en/search/", {"q": "purchasing", "theme": "x" * 5000, "date": "%FF", "language": "é"})
    assert response.status_code == 200
    response = client.get("/api/search/", {"q": "purchasing", "theme": "nope", "language": "zz"})
    assert response.json()["total"] == everything.total


@pytest.mark.parametrize(
    ("language", "query", "toggle", "toggle_with_one_filter"),
    [
        ("en", "cluster", "Filters", "Filters (1)"),
        ("fr", "cluster", "Filtres", "Filtres (1)"),
        ("ar", "cluster", "عوامل التصفية", "عوامل التصفية (1)"),
    ],
)
def test_the_facets_fold_behind_a_filters_toggle_before_the_results(
    client, demo, language, query, toggle, toggle_with_one_filter
):
    page = BeautifulSoup(client.get(f"/{language}/search/", {"q": query}).content, "html.parser")
    fold = page.select_one(".search-facets details")
    assert fold.select_one("summary").get_text(strip=True) == toggle
    # Folded until opened (the stylesheet keeps it open on wide screens), with every facet inside.
    assert not fold.has_attr("open")
    assert page.select(".search-facet__option") == fold.select(".search-facet__option") != []
    assert page.select(".search-results li")

    one_type = fold.select_one('.search-facet__option[data-facet="type"]')["href"]
    narrowed = BeautifulSoup(client.get(f"/{language}/search/" + one_type).content, "html.parser")
    assert narrowed.select_one(".search-facets summary").get_text(strip=True) == toggle_with_one_filter
