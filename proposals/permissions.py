"""Who manages a proposal: the managers of the cluster that leads it (`clusters.permissions`),
and who may publish funding calls: every cluster's editors."""

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission

from clusters.models import ClusterPage
from clusters.permissions import manages_cluster

from .errors import ProposalError, ProposalPermissionDenied
from .models import FundingCallIndexPage, ProposalPage

CALL_EDITING_PERMISSIONS = ("add_page", "publish_page")


def leading_cluster(proposal: ProposalPage) -> ClusterPage:
    """The cluster that leads the proposal (the parent of its source version)."""
    cluster = proposal.original.cluster
    if cluster is None:
        raise ProposalError(_("This proposal has no leading cluster."))
    return cluster


def manages_proposal(user: Any, proposal: ProposalPage) -> bool:
    """Whether this user is one of the managers of the cluster leading the proposal."""
    if user is None:
        return False
    return manages_cluster(user, proposal.original.cluster)


def require_manager(user: Any, proposal: ProposalPage, message: str) -> None:
    """Refuse with `message` unless `user` manages the proposal."""
    if not manages_proposal(user, proposal):
        raise ProposalPermissionDenied(message)


@transaction.atomic
def grant_funding_call_editing(groups: Iterable[Group] | None = None) -> None:
    """Let cluster editors' groups (all of them when `groups` is None) add and publish funding
    calls under every funding-call index.

    With `add_page`, Wagtail lets them edit the calls they created, not the others'.
    """
    if groups is None:
        groups = Group.objects.filter(
            page_permissions__page__in=ClusterPage.objects.values("pk"),
            page_permissions__permission__codename="change_page",
        ).distinct()
    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=CALL_EDITING_PERMISSIONS)
    )
    indexes = list(FundingCallIndexPage.objects.all())
    for group in groups:
        for index in indexes:
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
