"""Funding calls and the joint project proposals clusters build to answer them.

A proposal lives under the cluster that leads it (below its ClusterPage), so the cluster's
editors, who hold page permissions on their cluster's subtree, own it. Its status, history,
consortium and the expressions of interest it receives are not page content: they belong to
the proposal in all its languages (see `ProposalPage.original`) and change only through its
workflows (`proposals.services`, `proposals.partner_search`, `proposals.interests`).
"""

from .calls import FundingCallIndexPage, FundingCallPage, Programme
from .pipeline import (
    ConsortiumMember,
    ExpressionOfInterest,
    ProposalStatus,
    ProposalStatusChange,
)
from .proposals import Challenge, PartnerProfileSought, ProposalDocument, ProposalIndexPage, ProposalPage

__all__ = [
    "Challenge",
    "ConsortiumMember",
    "ExpressionOfInterest",
    "FundingCallIndexPage",
    "FundingCallPage",
    "PartnerProfileSought",
    "Programme",
    "ProposalDocument",
    "ProposalIndexPage",
    "ProposalPage",
    "ProposalStatus",
    "ProposalStatusChange",
]
