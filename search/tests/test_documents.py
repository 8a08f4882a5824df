"""The text of PDF documents is read in the background, and the portal search finds public documents by it."""

from io import StringIO

from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from search import document_results
from search.documents import extract_document_text
from search.models import DocumentText
from search.tests.pdf import pdf_with_text

Document = get_document_model()

REPORT = pdf_with_text(
    "Olive pits become biochar\nthrough slow pyrolysis at 450 degrees.",
    "Page two: the kilns pay for themselves in three harvests.",
)


def upload(committed, title: str, content: bytes, name: str = "report.pdf", collection=None) -> Document:
    with committed():
        document = Document(title=title, collection=collection or Collection.get_first_root_node())
        document.file.save(name, ContentFile(content), save=False)
        document.save()
    return document


def found(client, query: str, path: str = "/en/search/") -> list[tuple[str, str, str]]:
    """Each result's title, link and type as shown on the search page."""
    page = BeautifulSoup(client.get(path, {"q": query}).content, "html.parser")
    return [
        (
            item.select_one("h2 a").get_text(strip=True),
            item.select_one("h2 a")["href"],
            item.select_one(".search-result__type").get_text(strip=True),
        )
        for item in page.select(".search-results li")
    ]


def test_the_text_of_an_uploaded_pdf_is_read_after_the_commit(demo, committed):
    document = upload(committed, "Biochar from olive pits", REPORT)
    extracted = DocumentText.objects.get(document=document)
    assert "slow pyrolysis at 450 degrees" in extracted.text
    assert "pay for themselves" in extracted.text
    assert extracted.page_count == 2
    assert extracted.title == "Biochar from olive pits"
    assert extracted.error == ""


def test_the_search_finds_a_document_by_a_word_of_its_text(client, demo, committed):
    document = upload(committed, "Biochar from olive pits", REPORT)
    assert found(client, "pyrolysis") == [("Biochar from olive pits", document.url, "Document")]
    assert found(client, "pyrolysis", "/ar/search/")[0][1] == document.url

    body = client.get("/api/search/", {"q": "kilns harvests"}).json()
    assert body["facets"]["type"] == {"document": 1}
    [result] = body["results"]
    assert (result["title"], result["url"], result["type"]) == ("Biochar from olive pits", document.url, "document")
    assert "kilns pay for themselves" in result["snippet"]


def test_documents_in_a_restricted_collection_are_never_shown(client, demo, committed):
    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    below = private.add_child(name="2026")
    upload(committed, "Board minutes", pdf_with_text("Confidential zymurgy budget"), collection=private)
    upload(committed, "Board annex", pdf_with_text("Annex on zymurgy"), collection=below)
    public = upload(committed, "Public zymurgy guide", pdf_with_text("A guide to zymurgy"))
    assert found(client, "zymurgy") == [("Public zymurgy guide", public.url, "Document")]
    assert [row["title"] for row in client.get("/api/search/", {"q": "zymurgy"}).json()["results"]] == [
        "Public zymurgy guide"
    ]


def test_extracting_again_changes_nothing_unless_the_document_changed(demo, committed):
    document = upload(committed, "Biochar from olive pits", REPORT)
    first = DocumentText.objects.get(document=document)
    again = extract_document_text(document.pk)
    assert again is not None and again.extracted_at == first.extracted_at

    with committed():
        document.title = "Biochar: the 2026 report"
        document.save()
    renamed = DocumentText.objects.get(document=document)
    assert (renamed.title, renamed.extracted_at) == ("Biochar: the 2026 report", first.extracted_at)

    with committed():
        document.file.save("report-v2.pdf", ContentFile(pdf_with_text("Torrefaction instead")), save=True)
    replaced = DocumentText.objects.get(document=document)
    assert replaced.text == "Torrefaction instead" and replaced.extracted_at > first.extracted_at


def test_a_damaged_pdf_is_recorded_with_its_error_and_other_files_are_left_alone(demo, committed):
    damaged = upload(committed, "Damaged", b"%PDF-1.4\nnot really a pdf", name="damaged.pdf")
    text = DocumentText.objects.get(document=damaged)
    assert text.text == "" and text.error
    sheet = upload(committed, "Figures", b"year,members\n2026,120\n", name="figures.csv")
    assert not DocumentText.objects.filter(document=sheet).exists()


def test_the_command_extracts_every_document(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):  # as if the broker had been down
        document = Document(title="Uploaded during an outage", collection=Collection.get_first_root_node())
        document.file.save("outage.pdf", ContentFile(pdf_with_text("Desalination membranes")), save=True)
    assert not DocumentText.objects.filter(document=document).exists()
    out = StringIO()
    call_command("extract_document_texts", stdout=out, stderr=StringIO())
    assert DocumentText.objects.get(document=document).text == "Desalination membranes"
    assert "could not be read" in out.getvalue()


def test_the_snippet_of_a_long_document_shows_the_words_searched(client, demo, committed):
    long_text = "\n".join(["Background on the cluster and its members."] * 60 + ["The kiln reaches 450 degrees."])
    upload(committed, "Kiln manual", pdf_with_text(long_text))
    [result] = client.get("/api/search/", {"q": "degrees"}).json()["results"]
    assert "kiln reaches 450 degrees" in result["snippet"]
    assert result["snippet"].startswith("…") and len(result["snippet"]) <= 201
    assert "<mark>degrees</mark>" in result["highlight"]


def test_only_the_most_relevant_documents_are_listed(client, demo, committed, monkeypatch):
    for number in range(3):
        upload(committed, f"Quince report {number}", pdf_with_text(f"Quince harvest, year {number}"))
    assert client.get("/api/search/", {"q": "quince"}).json()["facets"]["type"] == {"document": 3}
    monkeypatch.setattr(document_results, "MAX_DOCUMENTS", 2)
    assert client.get("/api/search/", {"q": "quince harvest"}).json()["facets"]["type"] == {"document": 2}
