"""Operations on clusters that touch several rows."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from .models import ClusterPage

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


@transaction.atomic
def ensure_editors_group(cluster: ClusterPage) -> Group:
    """The group whose members edit this cluster's pages, and only those."""
    group, _created = Group.objects.get_or_create(name=f"{cluster.acronym or cluster.title} editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=cluster,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    return group
