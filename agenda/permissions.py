"""Who organises an event: the managers of its organising cluster (see clusters.permissions)."""

from typing import Any

from clusters.permissions import managed_cluster_keys, manages_cluster

from .models import EventPage, EventPageQuerySet


def organised_events(user: Any) -> EventPageQuerySet:
    """The events (every language version) whose organising cluster this user manages."""
    keys = managed_cluster_keys(user)
    events = EventPage.objects.all()
    return events if keys is None else events.filter(organiser__translation_key__in=keys)


def can_organise(user: Any, event: EventPage) -> bool:
    return manages_cluster(user, event.registration_event.organiser)
