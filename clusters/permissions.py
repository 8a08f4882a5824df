"""Who manages a cluster: the one rule every app uses.

A person manages a cluster when their account is active and either

- they are an administrator (a superuser): administrators manage every cluster; or
- one of their groups may edit the cluster's own page, in any of its languages: that is the
  cluster's editors group (`clusters.services.ensure_editors_group`).

Rights on pages above the cluster (the clusters index, the home page) do not make anyone a
manager of a cluster's events, members, proposals or B2B meetings: a cluster's space belongs to
its editors. Managing a cluster means managing everything that belongs to it in the portal.
"""

from typing import Any
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.models import GroupPagePermission, Page

from portal.translations import sources

from .models import ClusterPage

EDIT_PAGE = "change_page"
CACHE_ATTRIBUTE = "_managed_cluster_keys"


def _editing_permissions() -> QuerySet[GroupPagePermission]:
    return GroupPagePermission.objects.filter(permission__codename=EDIT_PAGE, page__in=ClusterPage.objects.values("pk"))


def managed_cluster_keys(user: Any) -> frozenset[UUID] | None:
    """The translation keys of the clusters `user` manages; None for an administrator (all of them).

    Worked out once per user object (a request's user, say) and kept on it.
    """
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if user.is_superuser:
        return None
    if not hasattr(user, CACHE_ATTRIBUTE):
        keys = _editing_permissions().filter(group__user=user).values_list("page__translation_key", flat=True)
        setattr(user, CACHE_ATTRIBUTE, frozenset(keys))
    return getattr(user, CACHE_ATTRIBUTE)


def managed_clusters(user: Any) -> QuerySet[ClusterPage]:
    """The clusters `user` manages, one page each (its source version)."""
    keys = managed_cluster_keys(user)
    clusters = sources(ClusterPage.objects.all())
    return clusters if keys is None else clusters.filter(translation_key__in=keys)


def manages_any_cluster(user: Any) -> bool:
    keys = managed_cluster_keys(user)
    return keys is None or bool(keys)


def manages_cluster(user: Any, cluster: Page | None) -> bool:
    """Whether `user` manages `cluster` (any language version of its page)."""
    if cluster is None:
        return False
    keys = managed_cluster_keys(user)
    return keys is None or cluster.translation_key in keys


def cluster_managers(cluster: Page) -> QuerySet:
    """The active members of the cluster's editors group: the people told about its events,
    proposals and members. (Administrators manage every cluster but are not mailed about each.)"""
    groups = _editing_permissions().filter(page__translation_key=cluster.translation_key).values("group")
    return get_user_model().objects.filter(is_active=True, groups__in=groups).distinct().order_by("pk")


def users_managing(clusters: QuerySet[ClusterPage]) -> QuerySet:
    """Active administrators and the active editors of any of `clusters`."""
    groups = _editing_permissions().filter(page__translation_key__in=clusters.values("translation_key"))
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__in=groups.values("group")))
        .distinct()
    )
