"""Who may manage which members: a cluster's editors manage the members of their own cluster.

A user manages a cluster's members when one of their groups may edit the cluster's page
(in any language) or a page above it; superusers manage every cluster's members.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies.base import BasePermissionPolicy

from clusters.models import ClusterPage

from .models import MemberOrganisation, in_default_locale

ACTIONS = ("add", "change", "delete", "view")
EDIT_PAGE = "change_page"


def _path_prefixes(paths) -> Q:
    """Pages at or below any of these tree paths (nothing when there are none)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def managed_clusters(user) -> QuerySet[ClusterPage]:
    """The clusters (their pages in the default language) whose members this user manages."""
    clusters = ClusterPage.objects.filter(in_default_locale())
    if not (user.is_active and user.is_authenticated):
        return clusters.none()
    if user.is_superuser:
        return clusters
    paths = GroupPagePermission.objects.filter(group__user=user, permission__codename=EDIT_PAGE).values_list(
        "page__path", flat=True
    )
    editable = ClusterPage.objects.filter(_path_prefixes(paths)).values("translation_key")
    return clusters.filter(translation_key__in=editable)


class ClusterMemberPermissionPolicy(BasePermissionPolicy):
    """Listing, adding, editing and deleting members, each user within their own clusters."""

    permission_cache_name = "_managed_member_cluster_ids"

    def __init__(self) -> None:
        super().__init__(MemberOrganisation)

    def managed_cluster_ids(self, user) -> frozenset[int]:
        if not hasattr(user, self.permission_cache_name):
            ids = frozenset(managed_clusters(user).values_list("pk", flat=True))
            setattr(user, self.permission_cache_name, ids)
        return getattr(user, self.permission_cache_name)

    def user_has_permission(self, user, action: str) -> bool:
        return action in ACTIONS and bool(self.managed_cluster_ids(user))

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action: str, instance: MemberOrganisation) -> bool:
        return action in ACTIONS and instance.cluster_id in self.managed_cluster_ids(user)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[MemberOrganisation]:
        if not any(action in ACTIONS for action in actions):
            return MemberOrganisation.objects.none()
        return MemberOrganisation.objects.filter(cluster_id__in=self.managed_cluster_ids(user))

    def users_with_any_permission(self, actions):
        return self._users_editing(ClusterPage.objects.filter(in_default_locale()), actions)

    def users_with_any_permission_for_instance(self, actions, instance: MemberOrganisation):
        return self._users_editing(ClusterPage.objects.filter(pk=instance.cluster_id), actions)

    def _users_editing(self, clusters: QuerySet[ClusterPage], actions):
        """Active users allowed to edit one of these clusters' pages (in any language), and superusers."""
        users = get_user_model().objects.filter(is_active=True)
        if not any(action in ACTIONS for action in actions):
            return users.none()
        pages = Page.objects.filter(translation_key__in=clusters.values("translation_key"))
        ancestor_paths = {path[:length] for path in pages.values_list("path", flat=True) for length in _depths(path)}
        groups = GroupPagePermission.objects.filter(permission__codename=EDIT_PAGE, page__path__in=ancestor_paths)
        return users.filter(Q(is_superuser=True) | Q(groups__in=groups.values("group"))).distinct()


def _depths(path: str) -> range:
    """The lengths of a page's own tree path and of each of its ancestors' paths."""
    step = Page.steplen
    return range(step, len(path) + 1, step)


member_permission_policy = ClusterMemberPermissionPolicy()
