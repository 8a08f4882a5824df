"""Builders for practices and documents in tests."""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from clusters.models import ClusterPage, Sector
from practices.models import BestPracticePage, PracticeFigure, Theme

# The smallest file a PDF reader opens: a header, one empty page and a trailer.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def publish_practice(
    cluster: ClusterPage,
    slug: str,
    *,
    title: str = "",
    themes: tuple[str, ...] = (),
    sectors: tuple[str, ...] = (),
    figures: tuple[tuple[str, str, int], ...] = (),
) -> BestPracticePage:
    """A live practice under `cluster`, with the given theme and sector slugs."""
    practice = BestPracticePage(
        title=title or f"Practice {slug}",
        slug=slug,
        summary=f"The summary of {slug}.",
        context_and_problem=f"<p>The context of {slug}.</p>",
        approach=f"<p>The approach of {slug}.</p>",
        results=f"<p>The results of {slug}.</p>",
        how_to_replicate=f"<p>How to replicate {slug}.</p>",
    )
    practice.themes = list(Theme.objects.filter(slug__in=themes))
    practice.sectors = list(Sector.objects.filter(slug__in=sectors))
    practice.results_figures = [PracticeFigure(value=value, label=label, year=year) for value, label, year in figures]
    cluster.add_child(instance=practice)
    practice.save_revision().publish()
    return practice


def document(filename: str, content: bytes, title: str = "") -> Document:
    doc = Document(title=title or filename)
    doc.file.save(filename, ContentFile(content), save=False)
    doc.save()
    return doc
