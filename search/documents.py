"""The text of PDF documents, read in the background so that the portal search finds what they say.

Saving a document (uploading it, replacing its file, renaming it) sends `extract_document_text`
once the transaction commits; the task reads the PDF with pypdf and stores a `DocumentText`, which
the search backends index. Running it again on an unchanged document changes nothing.
`manage.py extract_document_texts` does the same for every document (after an outage of the
broker, or for documents uploaded before this existed).
"""

import hashlib
import io
import logging
from typing import Any

from django.db import models, transaction
from django.utils import timezone
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from wagtail.documents import get_document_model

from portal.documents import PDF_SIGNATURE, looks_like_pdf

from .models import DocumentText

logger = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 1_000_000  # characters kept per document: enough for a long report, bounded for the index


class TransientReadError(Exception):
    """The file could not be read from storage this time; worth trying again."""


def extract_document_text(document_id: int) -> DocumentText | None:
    """Read the text of a PDF document into its `DocumentText` (None for other documents, or a deleted one).

    Idempotent: the file's hash and the title are compared with the stored ones first. A file
    pypdf cannot read is recorded with its error (and no text); storage errors raise
    `TransientReadError`.
    """
    document = get_document_model().objects.filter(pk=document_id).first()
    content = _pdf_content(document) if document is not None else None
    if content is None:
        DocumentText.objects.filter(document_id=document_id).delete()  # e.g. a PDF replaced by a spreadsheet
        return None
    file_hash = hashlib.sha256(content).hexdigest()
    current = DocumentText.objects.filter(document=document).first()
    if current is not None and current.file_hash == file_hash:
        if current.title != document.title:
            current.title = document.title
            current.save(update_fields=["title"])
        return current
    text, page_count, error = _read_pdf(content)
    with transaction.atomic():
        extracted, _created = DocumentText.objects.update_or_create(
            document=document,
            defaults={
                "title": document.title,
                "text": text,
                "page_count": page_count,
                "file_hash": file_hash,
                "extracted_at": timezone.now(),
                "error": error,
            },
        )
    return extracted


def _pdf_content(document: Any) -> bytes | None:
    """The whole file of a PDF document (`looks_like_pdf`), None for another kind of file (of which
    only the first bytes are read). Storage errors raise `TransientReadError`."""
    try:
        with document.open_file() as file:
            start = file.read(len(PDF_SIGNATURE))
            return start + file.read() if looks_like_pdf(str(document.file.name), start) else None
    except OSError as error:
        raise TransientReadError(f"{type(error).__name__}: {error}") from error


def _read_pdf(content: bytes) -> tuple[str, int | None, str]:
    """The text, the number of pages and an error message (empty when the file could be read)."""
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):  # many PDFs only restrict printing or copying
            return "", None, "The file is encrypted."
        parts = []
        length = 0
        for page in reader.pages:
            part = page.extract_text() or ""
            parts.append(part)
            length += len(part)
            if length >= MAX_TEXT_LENGTH:
                break
        return " ".join(" ".join(parts).split())[:MAX_TEXT_LENGTH], len(reader.pages), ""
    except (PyPdfError, ValueError, KeyError, TypeError) as error:  # a damaged or unusual file
        logger.warning("Could not read a PDF: %s", error)
        return "", None, f"{type(error).__name__}: {error}"[:2000]


def queue_text_extraction(sender: type[models.Model], instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """post_save of documents: extract the text once the change is committed."""
    if raw:
        return
    document_id = instance.pk
    transaction.on_commit(lambda: _send_extraction(document_id))


def _send_extraction(document_id: int) -> None:
    from .tasks import extract_document_text as task  # here: the tasks module imports this one

    try:
        task.apply_async((document_id,), retry=False)
    except Exception:  # a dead broker must not fail the upload: `extract_document_texts` catches up
        logger.warning(
            "Broker unavailable; the text of document %s waits for extract_document_texts", document_id, exc_info=True
        )


def connect_signals() -> None:
    models.signals.post_save.connect(queue_text_extraction, sender=get_document_model())
