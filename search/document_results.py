"""Search results for documents (the text of PDFs, see `search.documents`), beside pages and members.

Only public documents are shown: those in no collection restricted to some visitors (by login,
password or group), nor below one. At most the `MAX_DOCUMENTS` most relevant documents are shown,
so a word found in thousands of files costs no more than one found in a few. The rows are read in
two queries (the search, with the documents and their collections; then the library's details),
whatever the number found.
"""

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import CollectionViewRestriction
from wagtail.search.query import SearchQuery

from portal.page_cache import current_version

from .document_library_rows import with_library_details
from .models import DocumentText
from .query import ParsedQuery
from .rows import TYPE_LABELS, TYPE_NAMES, Result, RowContext, cached_until_changed
from .snippets import SNIPPET_LENGTH

if TYPE_CHECKING:
    from .results import Searcher

logger = logging.getLogger(__name__)

MAX_DOCUMENTS = 100
PASSAGE_LENGTH = 3 * SNIPPET_LENGTH  # of the text, around the first word searched, handed to the snippet

# Documents are a type of result beside pages (search.rows.PAGE_TYPES) and members.
TYPE_NAMES["document"] = _("Document")
TYPE_LABELS["document"] = _("Documents")


@dataclass(frozen=True)
class DocumentResult(Result):
    """A document's row: the language facet counts it under its language, when the library says it is
    one of the portal's (a file outside the library has none)."""

    def facet_values(self, name: str) -> tuple[str, ...]:
        if name == "language":
            return (self.locale,) if self.locale in dict(settings.WAGTAIL_CONTENT_LANGUAGES) else ()
        return super().facet_values(name)


class _MostRelevant:
    """Documents as a searcher expects them (see `services.Searchable`), limited to the first hits."""

    def search(self, query: "str | SearchQuery", *, operator: str | None, backend: str) -> Any:
        texts = DocumentText.objects.select_related("document__collection")
        return texts.search(query, operator=operator, backend=backend)[:MAX_DOCUMENTS]


def found_documents(parsed: ParsedQuery, context: RowContext, searcher: "Searcher") -> list[Result]:
    """The public documents matching the query, best first."""
    try:
        try:
            found = searcher(_MostRelevant(), parsed.search_query(), operator=None).results
        except Exception:  # a backend that cannot run phrases or exclusions still finds the words
            if not (parsed.phrases or parsed.excluded):
                raise
            found = searcher(_MostRelevant(), parsed.plain(), operator="and").results
        documents = _document_rows(list(found), parsed, context)
    except Exception:  # documents are an extra: pages and members are still worth showing
        logger.exception("Document search failed for %r", parsed)
        documents = []
    return documents


def _document_rows(found: list[DocumentText], parsed: ParsedQuery, context: RowContext) -> list[Result]:
    restricted = tuple(_restricted_collections())
    public = [text for text in found if not text.document.collection.path.startswith(restricted)]
    rows = {text.document_id: _row(text, parsed, context) for text in public}
    described = with_library_details(rows, context)
    return [described[text.document_id] for text in public]


def _restricted_collections() -> list[str]:
    """The paths of the collections restricted to some visitors (their documents and those below are private)."""
    return cast(
        "list[str]",
        cached_until_changed(
            f"search:restricted-collections:{current_version()}",
            lambda: list(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
        ),
    )


def _row(text: DocumentText, parsed: ParsedQuery, context: RowContext) -> Result:
    document: Any = text.document
    return DocumentResult(
        title=document.title,
        url=document.url,
        type="document",
        locale="",  # unknown, unless the library describes the file (document_library_rows.py)
        date=document.created_at,
        texts=(passage_around(text.text, parsed.wanted),),
    )


def passage_around(text: str, wanted: tuple[str, ...]) -> str:
    """The part of a (possibly long) text the snippet is taken from: around the first word searched
    found as written, else the beginning."""
    words = [re.escape(word) for item in wanted for word in item.split() if len(word) > 1]
    match = re.search("|".join(words), text, flags=re.IGNORECASE) if words else None
    start = 0
    if match and match.start() > SNIPPET_LENGTH:
        start = text.rfind(" ", 0, match.start() - SNIPPET_LENGTH) + 1
    return ("… " if start else "") + text[start : start + PASSAGE_LENGTH]
