"""What kind of file a Wagtail document holds."""

from typing import Any

PDF_SIGNATURE = b"%PDF-"


def looks_like_pdf(file_name: str, content: bytes) -> bool:
    """The one rule: a PDF has a .pdf name and starts with the PDF signature (a renamed file is not one)."""
    return file_name.lower().endswith(".pdf") and content.startswith(PDF_SIGNATURE)


def is_pdf(document: Any) -> bool:
    """Whether a document is a PDF (`looks_like_pdf`); a file that cannot be read is not."""
    if not str(document.file.name).lower().endswith(".pdf"):
        return False
    try:
        with document.open_file() as file:
            return looks_like_pdf(str(document.file.name), file.read(len(PDF_SIGNATURE)))
    except (OSError, ValueError):
        return False
