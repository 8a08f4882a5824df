"""Who organises an event: the managers of its organising cluster, and the portal's administrators."""

from clusters.services import clusters_edited_by

from .models import EventPage


def organised_event_filter(user) -> dict:
    """Filter arguments for the events (registration pages) this user organises."""
    if user.is_superuser:
        return {}
    keys = [cluster.translation_key for cluster in clusters_edited_by(user)]
    return {"organiser__translation_key__in": keys}


def can_organise(user, event: EventPage) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    organiser = event.registration_event.organiser
    return any(cluster.translation_key == organiser.translation_key for cluster in clusters_edited_by(user))
