"""Pages published under clusters (practices, proposals, news): finding them and their cluster.

Such pages are children of a cluster's page; each language version of a cluster has its own
children, in that language.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Q
from wagtail.models import Page

from .models import ClusterPage


def children_of(clusters: Iterable[Page]) -> Q:
    """A condition on pages: published directly under any of these cluster pages (none when empty)."""
    condition = Q(pk__in=[])
    for cluster in clusters:
        condition |= Q(path__startswith=cluster.path, depth=cluster.depth + 1)
    return condition


def children_of_any_version(clusters: Iterable[Page]) -> Q:
    """A condition on pages: under any language version of these clusters."""
    keys = [cluster.translation_key for cluster in clusters]
    return children_of(ClusterPage.objects.filter(translation_key__in=keys).only("path", "depth"))


def attach_clusters(pages: Iterable[Any]) -> None:
    """Set each page's `cluster` (its parent cluster page) with one query for all of them."""
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    clusters = {cluster.path: cluster for cluster in ClusterPage.objects.filter(path__in=parent_paths)}
    for page in pages:
        cluster = clusters.get(page.path[: -Page.steplen])
        if cluster is not None:
            page.cluster = cluster


def cluster_of(page: Page) -> ClusterPage | None:
    """The cluster a page belongs to: the cluster's own page, a page below it, or what it organises
    (an event names its organising cluster)."""
    specific = page.specific
    if isinstance(specific, ClusterPage):
        return specific
    organiser = getattr(specific, "organiser", None)
    if isinstance(organiser, ClusterPage):
        return organiser
    return ClusterPage.objects.ancestor_of(page).first()
