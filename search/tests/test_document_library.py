"""The search finds a library document by the text of its PDF, and shows it as the library describes it."""

import pytest
from bs4 import BeautifulSoup

from documents.tests.factories import library_document
from search.models import DocumentText
from tests.factories import cluster


def test_the_search_finds_a_library_document_by_its_pdf_text(client, demo, committed):
    with committed():
        entry = library_document(
            cluster("ce3m"),
            "Solder paste survey",
            "Lead-free solder paste: what twelve assemblers in Tangier use.",
            type="study",
            year=2023,
            summary="A survey of assemblers.",
        )
    assert "twelve assemblers in Tangier" in DocumentText.objects.get(document=entry.file).text
    page = BeautifulSoup(client.get("/en/search/", {"q": "Tangier assemblers"}).content, "html.parser")
    [result] = [item for item in page.select(".search-results li") if "Solder" in item.get_text()]
    assert result.select_one("h2 a")["href"] == entry.file.url
    meta = " ".join(result.select_one(".search-result__meta").get_text(" ").split())
    assert meta.startswith("Document · CE3M")
    assert "Study, 2023" in meta


def test_a_library_document_is_shown_counted_and_filtered_in_its_language(client, demo, committed):
    with committed():
        entry = library_document(cluster("ce3m"), "Étude quillwort", "Les fibres quillwort du Souss.", language="fr")

    page = BeautifulSoup(client.get("/ar/search/", {"q": "quillwort"}).content, "html.parser")
    [result] = page.select(".search-results li")
    assert result.select_one("h2 a")["lang"] == "fr"
    assert result.select_one(".search-result__language").get_text(strip=True) == "الفرنسية"

    found = client.get("/api/search/", {"q": "quillwort", "lang": "en"}).json()
    assert [(row["title"], row["locale"]) for row in found["results"]] == [(entry.title, "fr")]
    assert found["facets"]["language"] == {"fr": 1}
    assert client.get("/api/search/", {"q": "quillwort", "lang": "en", "language": "fr"}).json()["total"] == 1
    assert client.get("/api/search/", {"q": "quillwort", "lang": "en", "language": "en"}).json()["total"] == 0


def test_a_document_in_another_language_is_shown_in_it_and_not_counted_by_the_language_facet(client, demo, committed):
    with committed():
        library_document(cluster("ce3m"), "Estudio quillwort", "Las fibras quillwort del Souss.", language="es")

    page = BeautifulSoup(client.get("/en/search/", {"q": "quillwort"}).content, "html.parser")
    assert page.select_one(".search-results li .search-result__language").get_text(strip=True) == "Spanish"
    assert client.get("/api/search/", {"q": "quillwort", "lang": "en"}).json()["facets"]["language"] == {}


def test_a_demo_pdf_is_found_by_its_text(client, demo):
    page = BeautifulSoup(client.get("/en/search/", {"q": "copper recovery cable scrap"}).content, "html.parser")
    titles = [link.get_text(strip=True) for link in page.select(".search-results li h2 a")]
    assert "Study: electronic waste recycling in Morocco (demo)" in titles


@pytest.mark.parametrize(
    ("language", "type_and_year"), [("en", "Report, 2024"), ("fr", "Rapport, 2024"), ("ar", "تقرير، 2024")]
)
def test_a_library_documents_type_and_year_are_written_as_its_reader_writes_them(client, demo, language, type_and_year):
    page = BeautifulSoup(client.get(f"/{language}/search/", {"q": "CE3M annual report"}).content, "html.parser")
    [result] = [item for item in page.select(".search-results li") if "annual report 2024" in item.get_text()]
    assert result.select_one(".search-result__status").get_text() == type_and_year
