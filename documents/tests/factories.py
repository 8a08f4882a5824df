"""Library documents for tests: a real small PDF in the cluster's collection."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from clusters.models import ClusterPage
from clusters.services import cluster_collection
from documents.models import LibraryDocument
from portal.pdf import pdf_with_text


def library_document(cluster: ClusterPage, title: str, text: str = "", **fields) -> LibraryDocument:
    """A report in English of 2025 unless told, whose PDF shows `text` (or the title)."""
    file = get_document_model()(title=title, collection=cluster_collection(cluster))
    file.file.save("document.pdf", ContentFile(pdf_with_text(text or title)), save=False)
    file.save()
    return LibraryDocument.objects.create(
        cluster=cluster, title=title, file=file, **{"type": "report", "language": "en", "year": 2025, **fields}
    )
