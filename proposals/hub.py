"""The cluster page's proposals section: the cluster's proposals that look for partners."""

from typing import Any

from django.http import HttpRequest

from clusters.hub import HubSection
from clusters.models import ClusterPage

from .models import ProposalPage, ProposalStatus

HUB_PROPOSALS = 5


def partner_search_section(page: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The newest proposals the cluster leads that are looking for partners, in the page's language."""
    proposals = list(
        ProposalPage.objects.live()
        .public()
        .child_of(page)
        .filter(status=ProposalStatus.LOOKING_FOR_PARTNERS)
        .order_by("-status_changed_at", "-first_published_at", "pk")
        .prefetch_related("challenges")[:HUB_PROPOSALS]
    )
    return {"proposals": proposals} if proposals else None


SECTION = HubSection("proposals", 400, "proposals/hub/proposals.html", partner_search_section)
