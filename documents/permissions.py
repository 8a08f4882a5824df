"""Who manages which library documents: the managers of a cluster (`clusters.permissions`) manage its
documents; administrators manage them all."""

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from clusters.models import ClusterPage
from clusters.permissions import managed_cluster_keys, manages_any_cluster, manages_cluster, users_managing

from .models import LibraryDocument

ACTIONS = ("add", "change", "delete", "view")


def managed_documents(user: Any) -> QuerySet[LibraryDocument]:
    """The entries of the clusters this user manages (every one for administrators)."""
    keys = managed_cluster_keys(user)
    entries = LibraryDocument.objects.all()
    return entries if keys is None else entries.filter(cluster__translation_key__in=keys)


class LibraryPermissionPolicy(BasePermissionPolicy):
    def __init__(self) -> None:
        super().__init__(LibraryDocument)

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in ACTIONS and manages_any_cluster(user)

    def user_has_any_permission(self, user: Any, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user: Any, action: str, instance: LibraryDocument) -> bool:
        return action in ACTIONS and manages_cluster(user, instance.cluster)

    def instances_user_has_any_permission_for(self, user: Any, actions: Iterable[str]) -> QuerySet[LibraryDocument]:
        return managed_documents(user) if set(actions) & set(ACTIONS) else LibraryDocument.objects.none()

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet:
        return users_managing(ClusterPage.objects.all())

    def users_with_any_permission_for_instance(self, actions: Iterable[str], instance: LibraryDocument) -> QuerySet:
        return users_managing(ClusterPage.objects.filter(pk=instance.cluster_id))


library_permission_policy = LibraryPermissionPolicy()
