"""The mail the proposals workflows send: each to one person, in their language, with the proposal
in that language where it is translated (`outbox.services.notify`)."""

from collections.abc import Mapping
from typing import Any

from clusters.permissions import cluster_managers
from outbox.services import notify

from .models import ExpressionOfInterest, ProposalPage
from .permissions import leading_cluster

Links = Mapping[str, tuple[str, Mapping[str, Any]]]


def _tell_managers(proposal: ProposalPage, template: str, context: dict[str, Any], links: Links | None = None) -> None:
    """One message to each active editor of the cluster leading `proposal`."""
    for manager in cluster_managers(leading_cluster(proposal)):
        notify(manager, f"proposals/email/{template}", context, pages={"proposal": proposal}, links=links)


def _tell_managers_about(interest: ExpressionOfInterest, template: str) -> None:
    _tell_managers(
        interest.proposal, template, {"interest": interest}, links={"interests_url": ("proposals:interests", {})}
    )


def tell_managers_of_interest(interest: ExpressionOfInterest) -> None:
    """A partner offers to join: the leading cluster's managers may accept or decline."""
    _tell_managers_about(interest, "interest_received")


def remind_managers_of_interest(interest: ExpressionOfInterest) -> None:
    """An expression of interest still waits for the managers' answer."""
    _tell_managers_about(interest, "interest_reminder")


def tell_author_of_answer(interest: ExpressionOfInterest) -> None:
    """The managers accepted or declined an expression of interest: its author is told."""
    notify(
        interest.author,
        "proposals/email/interest_answered",
        {"interest": interest},
        pages={"proposal": interest.proposal},
        links={"mine_url": ("proposals:mine", {})},
    )


def warn_managers_search_ends(proposal: ProposalPage) -> None:
    """The search for partners ends soon: one link renews it."""
    _tell_managers(
        proposal,
        "partner_search_ending",
        {"expires_on": proposal.partner_search_expires_on},
        links={"renew_url": ("proposals:renew", {"proposal_id": proposal.pk})},
    )


def tell_managers_search_closed(proposal: ProposalPage) -> None:
    """The search for partners has ended: the proposal is closed as expired."""
    _tell_managers(proposal, "partner_search_closed", {})
