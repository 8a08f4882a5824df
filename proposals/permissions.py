"""Who manages a proposal: the managers of the cluster that leads it (`clusters.permissions`),
and who may publish funding calls: every cluster's editors (`clusters.open_indexes`)."""

from typing import Any

from django.utils.translation import gettext as _

from clusters.models import ClusterPage
from clusters.permissions import manages_cluster

from .errors import ProposalError, ProposalPermissionDenied
from .models import ProposalPage

# With `add_page`, Wagtail lets cluster editors edit the calls they created, not the others'.
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
