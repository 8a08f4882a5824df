"""The library at /<language>/documents/ and the documents section of the cluster page."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from clusters.services import cluster_collection
from documents.library import DOCUMENTS_PER_PAGE
from documents.models import LibraryDocument
from tests.factories import cluster

from .factories import library_document


def titles(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [heading.get_text(strip=True) for heading in page.select(".library-card .card__title")]


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def library(demo):
    """CE3M's demo documents, and a Qoot study in Arabic."""
    library_document(
        cluster("qoot"), "دراسة سلسلة الزيتون", "Olive chain study", type="study", language="ar", year=2021
    )
    return LibraryDocument.objects.all()


def test_the_library_lists_every_clusters_documents_newest_first(client, library):
    response = client.get("/en/documents/")
    assert response.status_code == 200
    assert titles(response) == [
        "CE3M annual report 2024 (demo)",
        "Brochure de présentation du CE3M (démo)",
        "Study: electronic waste recycling in Morocco (demo)",
        "دراسة سلسلة الزيتون",
    ]
    page = text(response)
    assert "4 documents" in page
    assert "Report · 2024 · English · CE3M" in page and "PDF" in page
    card = BeautifulSoup(response.content, "html.parser").select(".library-card")[3]
    assert card.select_one("a")["lang"] == "ar"
    assert card.select_one("a")["href"] == library.get(language="ar").file.url


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cluster=qoot", ["دراسة سلسلة الزيتون"]),
        ("type=brochure", ["Brochure de présentation du CE3M (démo)"]),
        ("language=fr", ["Brochure de présentation du CE3M (démo)"]),
        ("cluster=ce3m&type=study", ["Study: electronic waste recycling in Morocco (demo)"]),
        ("type=nonsense", None),  # an unknown value is ignored: everything is listed
    ],
)
def test_filters_by_cluster_type_and_language(client, library, query, expected):
    shown = titles(client.get(f"/en/documents/?{query}"))
    assert shown == (expected or titles(client.get("/en/documents/")))


def test_filters_offer_only_values_some_document_has_with_cluster_names_in_the_readers_language(client, library):
    page = BeautifulSoup(client.get("/fr/documents/").content, "html.parser")
    types = [option["value"] for option in page.select("#filter-type option") if option["value"]]
    assert types == ["report", "brochure", "study"]
    languages = [option.get_text() for option in page.select("#filter-language option")][1:]
    assert languages == ["Anglais", "Français", "Arabe"]
    assert len(page.select("#filter-cluster option")) == 3  # all, CE3M, Qoot


def test_no_match_and_no_document_have_their_own_message(client, library):
    assert "No document matches these filters." in text(client.get("/en/documents/?cluster=qoot&language=fr"))
    LibraryDocument.objects.all().delete()
    assert "No cluster has published documents yet." in text(client.get("/en/documents/"))


def test_the_library_is_paginated(client, demo):
    ce3m = cluster("ce3m")
    for number in range(DOCUMENTS_PER_PAGE + 2):
        library_document(ce3m, f"Note {number:02}", year=2000)
    first = client.get("/en/documents/?language=en")
    assert len(titles(first)) == DOCUMENTS_PER_PAGE
    second = client.get("/en/documents/?language=en&page=2")
    assert len(titles(second)) == 2 + 2  # and the two English demo documents, oldest last
    assert 'href="?language=en&amp;page=1"' in second.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_documents(client, library):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/documents/").status_code == 200
        return len(captured)

    queries()  # the first request of a test reads the site and the locales once
    before = queries()
    for number in range(8):
        library_document(cluster("qoot" if number % 2 else "ce3m"), f"Extra {number}", type="other", language="es")
    queries()  # a new document makes the cached navigation stale: the next request reads it again
    assert queries() == before


def test_a_document_in_a_restricted_collection_is_not_listed(client, library):
    hidden = library_document(cluster("ce3m"), "Board minutes")
    private = Collection.get_first_root_node().add_child(name="Board only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden.file.collection = private
    hidden.file.save()
    assert "Board minutes" not in titles(client.get("/en/documents/"))
    assert cluster_collection(cluster("ce3m")).get_view_restrictions().count() == 0


def test_the_cluster_page_shows_its_documents_and_links_to_the_library(client, library):
    page = BeautifulSoup(client.get("/fr/clusters/ce3m/").content, "html.parser")
    section = page.select_one("section#documents")
    assert section.select_one("h2").get_text() == "Documents"
    assert [h.get_text(strip=True) for h in section.select(".card__title")] == [
        "CE3M annual report 2024 (demo)",
        "Brochure de présentation du CE3M (démo)",
        "Study: electronic waste recycling in Morocco (demo)",
    ]
    assert section.select("a")[-1]["href"] == "/fr/documents/?cluster=ce3m"
    assert "دراسة" not in section.get_text()


def test_a_cluster_without_documents_has_no_section(client, demo):
    LibraryDocument.objects.filter(cluster__slug="qoot").delete()
    page = BeautifulSoup(client.get("/en/clusters/qoot/").content, "html.parser")
    assert page.select_one("section#documents") is None
