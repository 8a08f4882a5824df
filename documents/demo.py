"""Demo documents in CE3M's library: three small PDFs made at load time. Safe to run again."""

from typing import TextIO

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from clusters.models import ClusterPage
from clusters.services import cluster_collection
from portal.pdf import pdf_with_text
from portal.translations import sources

from .models import DocumentType, LibraryDocument

DOCUMENTS = {
    "ce3m": [
        {
            "title": "CE3M annual report 2024 (demo)",
            "type": DocumentType.REPORT,
            "language": "en",
            "year": 2024,
            "summary": "A year of the electronics cluster: new members, Techdays, joint projects and training.",
            "pages": [
                "CE3M annual report 2024\nThe cluster grew to 120 members in Morocco.",
                "Highlights: a shared test bench for printed circuit board assembly in Casablanca.",
            ],
        },
        {
            "title": "Brochure de présentation du CE3M (démo)",
            "type": DocumentType.BROCHURE,
            "language": "fr",
            "year": 2023,
            "summary": "Le cluster, ses services aux membres et ses plateformes partagées.",
            "pages": ["Brochure CE3M\nServices aux membres : veille, formation, mise en relation, export."],
        },
        {
            "title": "Study: electronic waste recycling in Morocco (demo)",
            "type": DocumentType.STUDY,
            "language": "en",
            "year": 2022,
            "summary": "How much electronic waste the region produces, and what a recycling chain would need.",
            "pages": ["Electronic waste recycling study\nCopper recovery from cable scrap could employ 300 people."],
        },
    ]
}


def load_documents(stdout: TextIO) -> int:
    """Returns how many documents were created."""
    created = 0
    Document = get_document_model()
    for slug, entries in DOCUMENTS.items():
        cluster = sources(ClusterPage.objects.filter(slug=slug)).first()
        if cluster is None:
            continue
        stdout.write(f"  documents of {cluster.title}…")
        for data in entries:
            if LibraryDocument.objects.filter(cluster=cluster, title=data["title"]).exists():
                continue
            file = Document(title=data["title"], collection=cluster_collection(cluster))
            file.file.save(
                f"{slug}-{data['year']}-{data['type']}.pdf", ContentFile(pdf_with_text(*data["pages"])), save=False
            )
            file.save()
            LibraryDocument.objects.create(
                cluster=cluster,
                file=file,
                **{key: data[key] for key in ("title", "type", "language", "year", "summary")},
            )
            created += 1
    return created
