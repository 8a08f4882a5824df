"""The cluster page's events section: the cluster's coming events, organised or co-organised by it."""

from typing import Any
from urllib.parse import urlencode

from django.db.models import Q
from django.http import HttpRequest

from clusters.hub import HubSection
from clusters.models import ClusterPage

from .models import EventIndexPage, EventPage

HUB_EVENTS = 5


def upcoming_events_section(page: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The next events of the cluster, in the page's language (the reader's), with a link to all of them."""
    key = page.translation_key
    events = list(
        EventPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .filter(Q(organiser__translation_key=key) | Q(co_organisers__translation_key=key))
        .distinct()
        .upcoming()
        .select_related("organiser")
        .with_confirmed_count()[:HUB_EVENTS]
    )
    if not events:
        return None
    index = EventIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    index_url = index.get_url(request) if index else None
    return {
        "events": events,
        "all_url": f"{index_url}?{urlencode({'cluster': page.slug})}" if index_url else None,
    }


SECTION = HubSection("events", 300, "agenda/hub/events.html", upcoming_events_section)
