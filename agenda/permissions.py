"""Who organises an event and who edits it, both decided by the manager rule (`clusters.permissions`).

- An event's *organisers* are the managers of its organising cluster: they see its registrations,
  export them, write to the registrants and check people in (`organised_events`, `can_organise`).
- Its *editors* in the admin are the managers of its organising and co-organising clusters: they
  edit it, and publish it unless review is on (`EventPermissionTester`). Every cluster's editors
  may add events under the events index (`EVENT_ADDING_PERMISSIONS`, given by
  `clusters.open_indexes`), but adding an event does not make anyone its editor: Wagtail's rule
  that whoever added a page may edit it does not apply to events.
"""

from typing import Any

from django.db.models import Q
from wagtail.models import Page, PagePermissionTester

from clusters.models import ClusterPage
from clusters.permissions import managed_cluster_keys, managed_clusters, manages_cluster
from clusters.services import review_required

from .models import EventPage, EventPageQuerySet

EVENT_ADDING_PERMISSIONS = ("add_page",)


def organised_events(user: Any) -> EventPageQuerySet:
    """The events (every language version) whose organising cluster this user manages."""
    keys = managed_cluster_keys(user)
    events = EventPage.objects.all()
    return events if keys is None else events.filter(organiser__translation_key__in=keys)


def can_organise(user: Any, event: EventPage) -> bool:
    return manages_cluster(user, event.registration_event.organiser)


def edited_events(user: Any) -> EventPageQuerySet:
    """The events (every language version) organised or co-organised by a cluster this user manages."""
    keys = managed_cluster_keys(user)
    events = EventPage.objects.all()
    if keys is None:
        return events
    return events.filter(
        pk__in=EventPage.objects.filter(
            Q(organiser__translation_key__in=keys) | Q(co_organisers__translation_key__in=keys)
        ).values("pk")
    )


def event_clusters(event: EventPage) -> list[ClusterPage]:
    """The organising cluster, then the co-organising ones."""
    organiser = [event.organiser] if event.organiser_id else []
    return [*organiser, *event.co_organisers.all()]


def manages_event(user: Any, event: EventPage) -> bool:
    """Whether `user` manages the organising cluster of `event` or one of its co-organisers."""
    return any(manages_cluster(user, cluster) for cluster in event_clusters(event))


def publishes_event(user: Any, event: EventPage) -> bool:
    """Whether a manager of the event publishes it, rather than submitting it for review: review is
    off for the organising cluster, and for a cluster of the event that they manage."""
    if user.is_superuser:
        return True
    if not event.organiser_id or review_required(event.organiser):
        return False
    return any(manages_cluster(user, cluster) and not review_required(cluster) for cluster in event_clusters(event))


def publishes_new_events(user: Any) -> bool:
    """Whether a manager may publish an event as they create it: review is off for every cluster
    they manage (otherwise they save a draft or submit it, and publish from the event's page)."""
    clusters = list(managed_clusters(user))
    return bool(clusters) and not any(review_required(cluster) for cluster in clusters)


def edits_every_event(user: Any, index: Page) -> bool:
    """Whether Wagtail's own rights on the page tree let `user` edit every event below `index`."""
    if not user.is_active:
        return False
    return user.is_superuser or "change" in PagePermissionTester(user, index).permissions


class EventPermissionTester(PagePermissionTester):
    """Wagtail's rights on the page tree, with the cluster rule on top: the managers of an event's
    clusters edit it, and publish it unless review is on. They may delete it only while nobody has
    registered on it, and do not move it."""

    def __init__(self, user: Any, page: EventPage) -> None:
        super().__init__(user, page)
        self.by_cluster_rule = False
        if user.is_active and not user.is_superuser and "change" not in self.permissions:
            self.permissions.discard("add")  # having added the event gives no right on it
            self.by_cluster_rule = manages_event(user, page)
        if self.by_cluster_rule:
            self.permissions.add("change")
            if publishes_event(user, page):
                self.permissions.add("publish")

    def can_delete(self, ignore_bulk: bool = False) -> bool:
        if self.by_cluster_rule and self.page.registrations.exists():
            return False
        return super().can_delete(ignore_bulk)

    def can_move(self) -> bool:
        return not self.by_cluster_rule and super().can_move()


class EventIndexPermissionTester(PagePermissionTester):
    """Wagtail's rights on the events index, where a cluster's editors may add events and, when
    review is off for their clusters, publish them as they create them."""

    def can_publish_subpage(self) -> bool:
        if super().can_publish_subpage():
            return True
        return self.user.is_active and "add" in self.permissions and publishes_new_events(self.user)
