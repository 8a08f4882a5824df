"""Documents of the clusters' libraries (documents app) in search results.

The search finds them as it finds every public PDF, by the text `search.documents` reads from the
file; a file the library describes is shown as the library describes it: its title, its cluster
(counted by the cluster facet), its language, its type and year, and its summary when the text has no
passage to show. One query for all the documents found.
"""

from dataclasses import replace

from django.utils.translation import pgettext

from documents.models import LibraryDocument

from .rows import Result, RowContext


def with_library_details(rows: dict[int, Result], context: RowContext) -> dict[int, Result]:
    """`rows` (by the id of their Wagtail document), those of library documents described by the library."""
    entries = LibraryDocument.objects.filter(file_id__in=list(rows)).only(
        "file_id", "cluster_id", "title", "type", "language", "year", "summary"
    )
    described = dict(rows)
    for entry in entries:
        owner = context.clusters_by_pk.get(entry.cluster_id)
        cluster = context.local(owner) if owner else None
        described[entry.file_id] = replace(
            rows[entry.file_id],
            title=entry.title,
            cluster=cluster.title if cluster else "",
            cluster_slug=cluster.slug if cluster else "",
            country=cluster.country if cluster else "",
            locale=entry.language,
            # Translators: a library document's type and year in a search result, e.g. "Report, 2024".
            status=pgettext("document type and year", "%(type)s, %(year)s")
            % {"type": entry.get_type_display(), "year": entry.year},
            texts=(*rows[entry.file_id].texts, entry.summary),
        )
    return described
