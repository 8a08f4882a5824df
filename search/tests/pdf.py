"""Small real PDF files for tests (made by the portal, which also needs them for demo content)."""

from portal.pdf import pdf_with_text

__all__ = ["pdf_with_text"]
