"""Absolute links, accent-free keys, PDF detection and domain errors."""

from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.documents.models import Document

from portal.documents import is_pdf, looks_like_pdf
from portal.errors import DomainError
from portal.links import absolute_reverse, absolute_url, page_absolute_url
from portal.text import fold
from tests.factories import cluster


def test_links_start_with_the_public_address(settings, demo):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org/"
    assert absolute_url("/en/events/") == "https://portal.example.org/en/events/"
    assert absolute_url("https://elsewhere.example.org/x") == "https://elsewhere.example.org/x"
    assert page_absolute_url(cluster("ce3m", "ar")) == "https://portal.example.org/ar/clusters/ce3m/"
    assert absolute_reverse("member_directory", "fr").startswith("https://portal.example.org/fr/")


def test_folded_text_sorts_accented_names_among_the_others():
    names = ["Tunisie", "Égypte", "Liban", "espagne", "Maroc"]
    assert sorted(names, key=fold) == ["Égypte", "espagne", "Liban", "Maroc", "Tunisie"]
    assert fold("Électronique") == fold("ELECTRONIQUE") == "electronique"


def test_a_pdf_needs_its_name_and_its_signature(db):
    assert looks_like_pdf("report.PDF", b"%PDF-1.7 ...")
    assert not looks_like_pdf("report.pdf", b"PK\x03\x04")  # a spreadsheet renamed
    assert not looks_like_pdf("report.docx", b"%PDF-1.7")
    pdf = Document.objects.create(title="Report", file=ContentFile(b"%PDF-1.4 body", name="report.pdf"))
    renamed = Document.objects.create(title="Sheet", file=ContentFile(b"PK\x03\x04 body", name="sheet.pdf"))
    assert is_pdf(pdf) and not is_pdf(renamed)
    assert not is_pdf(SimpleNamespace(file=SimpleNamespace(name="gone.pdf"), open_file=_missing))


def _missing():
    raise FileNotFoundError("gone.pdf")


def test_a_domain_error_carries_the_message_people_read():
    error = DomainError(gettext_lazy("This event is over."))
    with translation.override("fr"):
        assert str(error.message) == "Cet événement est terminé."
    assert str(error) == "This event is over."
