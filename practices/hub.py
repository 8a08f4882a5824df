"""The cluster page's practices section: the latest best practices the cluster published."""

from typing import Any

from django.http import HttpRequest

from clusters.hub import HubSection
from clusters.models import ClusterPage

from .models import BestPracticePage

HUB_PRACTICES = 5


def latest_practices_section(page: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The cluster's newest practices, in the page's language."""
    practices = list(
        BestPracticePage.objects.live()
        .public()
        .child_of(page)
        .order_by("-first_published_at", "-pk")
        .with_cards()[:HUB_PRACTICES]
    )
    return {"practices": practices} if practices else None


SECTION = HubSection("practices", 500, "practices/hub/practices.html", latest_practices_section)
