"""The library's listing: the public documents of the published clusters, filtered by cluster, type
and language, read in the same number of queries however many there are."""

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Locale

from clusters.models import ClusterPage
from portal.listing import filtered_listing
from portal.translations import default_language

from .models import DOCUMENT_LANGUAGES, DocumentType, LibraryDocument, LibraryDocumentQuerySet

DOCUMENTS_PER_PAGE = 20


@dataclass(frozen=True)
class ListedCluster:
    slug: str
    title: str
    url: str


def listed_documents() -> LibraryDocumentQuerySet:
    """The entries anyone may see: public files of live clusters."""
    return LibraryDocument.objects.public().filter(cluster__live=True)


def listed_clusters(entries: LibraryDocumentQuerySet) -> dict[int, ListedCluster]:
    """The clusters that have entries, by the id of the page the entries belong to, titled and linked
    in the visitor's language where the page is translated into it (two queries)."""
    fields = ("title", "slug", "url_path", "path", "depth", "translation_key", "locale_id")
    owners = list(ClusterPage.objects.filter(pk__in=entries.values("cluster_id")).only(*fields))
    translated = {
        page.translation_key: page
        for page in ClusterPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), translation_key__in=[owner.translation_key for owner in owners])
        .only(*fields)
    }
    clusters = {}
    for owner in owners:
        shown = translated.get(owner.translation_key, owner)
        clusters[owner.pk] = ListedCluster(owner.slug, shown.title, shown.get_url() or "")
    return clusters


def filter_options(entries: LibraryDocumentQuerySet, clusters: dict[int, ListedCluster]) -> dict[str, dict[str, Any]]:
    """The values each filter accepts: only those some entry has."""
    present = set(entries.values_list("type", "language").distinct())
    types = {kind for kind, _language in present}
    languages = {language for _kind, language in present}
    return {
        "cluster": dict(sorted(((c.slug, c.title) for c in clusters.values()), key=lambda option: option[1])),
        "type": {value: label for value, label in DocumentType.choices if value in types},
        "language": {value: label for value, label in DOCUMENT_LANGUAGES if value in languages},
    }


def apply_filters(
    entries: LibraryDocumentQuerySet, selected: dict[str, str], clusters: dict[int, ListedCluster]
) -> LibraryDocumentQuerySet:
    if selected.get("cluster"):
        entries = entries.filter(cluster_id__in=[pk for pk, c in clusters.items() if c.slug == selected["cluster"]])
    if selected.get("type"):
        entries = entries.filter(type=selected["type"])
    if selected.get("language"):
        entries = entries.filter(language=selected["language"])
    return entries.for_listing()


def library_listing(request: HttpRequest) -> dict[str, Any]:
    """The context of one page of the library, each entry given its `listed_cluster`."""
    entries = listed_documents()
    clusters = listed_clusters(entries)
    options = filter_options(entries, clusters)
    context = filtered_listing(
        request, entries, options, lambda items, selected: apply_filters(items, selected, clusters), DOCUMENTS_PER_PAGE
    )
    for entry in context["page_obj"].object_list:
        entry.listed_cluster = clusters[entry.cluster_id]
    context["options"] = {name: list(choices.items()) for name, choices in options.items()}
    context["reader_language"] = (get_language() or default_language())[:2]
    return context
