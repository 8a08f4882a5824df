"""Indexes outside the clusters where every cluster's editors may add pages: funding calls, events.

An app opens an index model to them once, from its `AppConfig.ready()`, with
`open_to_cluster_editors(model, codenames)`. Every cluster's editors group then holds those page
permissions on every page of that model, in every language, whichever came first: the group gets
them when it is given its cluster's page, and a new index gives them to every group.
"""

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Page

from .models import ClusterPage

_open_indexes: dict[type[Page], tuple[str, ...]] = {}


def editors_groups() -> QuerySet[Group]:
    """The groups that may edit a cluster's own page: each cluster's editors."""
    return Group.objects.filter(
        page_permissions__page__in=ClusterPage.objects.values("pk"),
        page_permissions__permission__codename="change_page",
    ).distinct()


@transaction.atomic
def grant_open_indexes(groups: Iterable[Group] | None = None) -> None:
    """Give cluster editors' groups (all of them when `groups` is None) their rights on the open indexes."""
    groups = list(editors_groups() if groups is None else groups)
    for model, codenames in _open_indexes.items():
        permissions = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))
        for index in model.objects.all():
            for group in groups:
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)


def _open_new_index(sender, instance: Page, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        transaction.on_commit(grant_open_indexes)


def open_to_cluster_editors(model: type[Page], codenames: Iterable[str]) -> None:
    """Let every cluster's editors hold these page permissions (`add_page`…) on every `model` page."""
    _open_indexes[model] = tuple(codenames)
    post_save.connect(_open_new_index, sender=model, dispatch_uid=f"open-to-cluster-editors-{model._meta.label}")


def open_indexes_to_new_editors(sender, instance: GroupPagePermission, created: bool, raw: bool = False, **kwargs):
    """A group given the right to edit a cluster's page gets the rights of cluster editors on the open indexes."""
    if (
        created
        and not raw
        and instance.permission.codename == "change_page"
        and ClusterPage.objects.filter(pk=instance.page_id).exists()
    ):
        grant_open_indexes([instance.group])
