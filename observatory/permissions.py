"""Who may enter which figures: the managers of a cluster enter its figures (`clusters.permissions`)."""

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from clusters.models import ClusterPage
from clusters.permissions import managed_cluster_keys, manages_any_cluster, manages_cluster, users_managing

from .models import ClusterYearFigures

ACTIONS = ("add", "change", "delete", "view")


class ClusterFiguresPermissionPolicy(BasePermissionPolicy):
    """Listing, adding, editing and deleting figures, each user within the clusters they manage."""

    def __init__(self) -> None:
        super().__init__(ClusterYearFigures)

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in ACTIONS and manages_any_cluster(user)

    def user_has_any_permission(self, user: Any, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user: Any, action: str, instance: ClusterYearFigures) -> bool:
        return action in ACTIONS and manages_cluster(user, instance.cluster)

    def instances_user_has_any_permission_for(self, user: Any, actions: Iterable[str]) -> QuerySet[ClusterYearFigures]:
        if not any(action in ACTIONS for action in actions):
            return ClusterYearFigures.objects.none()
        keys = managed_cluster_keys(user)
        figures = ClusterYearFigures.objects.all()
        return figures if keys is None else figures.filter(cluster__translation_key__in=keys)

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet:
        return self._users_managing(ClusterPage.objects.all(), actions)

    def users_with_any_permission_for_instance(self, actions: Iterable[str], instance: ClusterYearFigures) -> QuerySet:
        return self._users_managing(ClusterPage.objects.filter(pk=instance.cluster_id), actions)

    def _users_managing(self, clusters: QuerySet[ClusterPage], actions: Iterable[str]) -> QuerySet:
        users = users_managing(clusters)
        return users if any(action in ACTIONS for action in actions) else users.none()


figures_permission_policy = ClusterFiguresPermissionPolicy()
