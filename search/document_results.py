"""Search results for documents (the text of PDFs, see `search.documents`), beside pages and members.

Only public documents are shown: those in no collection restricted to some visitors (by login,
password or group), nor below one. At most the `MAX_DOCUMENTS` most relevant documents are shown,
so a word found in thousands of files costs no more than one found in a few. The rows are read in
two queries (the search, then the documents with their privacy), whatever the number found.
"""

import logging
import re
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import CollectionViewRestriction

from .models import DocumentText

if TYPE_CHECKING:
    from .results import Result, Searcher

logger = logging.getLogger(__name__)

MAX_DOCUMENTS = 100


class _MostRelevant:
    """Documents as a searcher expects them (see `services.Searchable`), limited to the first hits."""

    def search(self, query: str, *, operator: str, backend: str) -> Any:
        return DocumentText.objects.search(query, operator=operator, backend=backend)[:MAX_DOCUMENTS]


def with_documents(rows: list["Result"], query: str, searcher: "Searcher") -> list["Result"]:
    """`rows` (pages and members) with the public documents matching `query` interleaved by rank."""
    try:
        found = searcher(_MostRelevant(), query, operator="and").results
        documents = _document_rows([hit.pk for hit in found], query)
    except Exception:  # documents are an extra: pages and members are still worth showing
        logger.exception("Document search failed for %r", query)
        documents = []
    if not documents:
        return rows
    return [row for pair in zip_longest(rows, documents) for row in pair if row is not None]


def _document_rows(document_ids: list[int], query: str) -> list["Result"]:
    restricted = CollectionViewRestriction.objects.filter(
        StartsWith(OuterRef("document__collection__path"), F("collection__path"))
    )
    texts = (
        DocumentText.objects.filter(pk__in=document_ids)
        .exclude(Exists(restricted))
        .select_related("document")
        .only("text", "document__title", "document__file", "document__created_at")
        .in_bulk()
    )
    return [_row(texts[pk], query) for pk in document_ids if pk in texts]


def _row(text: DocumentText, query: str) -> "Result":
    from .results import Result  # results.py calls this module

    document: Any = text.document
    return Result(
        title=document.title,
        url=document.url,
        type="document",
        snippet=snippet_around(text.text, query),
        date=document.created_at,
    )


def snippet_around(text: str, query: str) -> str:
    """About 200 characters of `text` around the first word of `query` it contains, else its beginning."""
    from .results import SNIPPET_LENGTH

    words = [re.escape(word) for word in query.split() if len(word) > 1]
    match = re.search("|".join(words), text, flags=re.IGNORECASE) if words else None
    start = 0
    if match and match.start() > SNIPPET_LENGTH // 3:
        start = text.rfind(" ", 0, match.start() - SNIPPET_LENGTH // 3) + 1
    excerpt = text[start : start + SNIPPET_LENGTH]
    if start + SNIPPET_LENGTH < len(text):  # end on a whole word (cheaper than Truncator, for 100 rows)
        space = excerpt.rfind(" ", SNIPPET_LENGTH // 2)
        excerpt = (excerpt[:space] if space > 0 else excerpt[:-1]) + "…"
    return f"…{excerpt}" if start else excerpt
