"""Read the text of every PDF document (or of the given ones) for the portal search."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from wagtail.documents import get_document_model

from search.documents import TransientReadError, extract_document_text


class Command(BaseCommand):
    help = "Extract the text of PDF documents so that the portal search finds them (unchanged ones are skipped)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("ids", nargs="*", type=int, help="Document ids (all documents by default).")

    def handle(self, *args: Any, ids: list[int], **options: Any) -> None:
        documents = get_document_model().objects.order_by("pk")
        if ids:
            documents = documents.filter(pk__in=ids)
        read = failed = 0
        for document_id in documents.values_list("pk", flat=True).iterator():
            try:
                extracted = extract_document_text(document_id)
            except TransientReadError as error:
                self.stderr.write(f"document {document_id}: {error}")
                failed += 1
                continue
            if extracted is not None:
                read += 1
                if extracted.error:
                    self.stderr.write(f"document {document_id}: {extracted.error}")
                    failed += 1
        self.stdout.write(f"{read} PDF documents, {failed} could not be read.")
