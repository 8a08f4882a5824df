"""The cluster page's "Documents" section: its latest public documents and a link to all of them."""

from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse

from clusters.models import ClusterPage

from .models import LibraryDocument

SHOWN_ON_CLUSTER_PAGE = 5


def cluster_documents(page: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The section's context, or None when the cluster has no public document."""
    entries = list(
        LibraryDocument.objects.public()
        .filter(cluster__translation_key=page.translation_key)
        .select_related("cluster")
        .for_listing()[: SHOWN_ON_CLUSTER_PAGE + 1]
    )
    if not entries:
        return None
    return {
        "documents": entries[:SHOWN_ON_CLUSTER_PAGE],
        "more": len(entries) > SHOWN_ON_CLUSTER_PAGE,
        "library_url": f"{reverse('document_library')}?{urlencode({'cluster': entries[0].cluster.slug})}",
    }
