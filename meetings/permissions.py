"""Who manages an event's B2B meetings: the managers of the cluster that organises it
(`clusters.permissions`: its editors, and administrators)."""

from django.db.models import QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from agenda.models import EventPage
from clusters.models import ClusterPage
from clusters.permissions import managed_cluster_keys, manages_any_cluster, users_managing
from portal.translations import sources

from .models import MeetingProgramme

ACTIONS = ("add", "change", "delete", "view")


def managed_programmes(user) -> QuerySet[MeetingProgramme]:
    """The programmes of the events organised by a cluster this user manages (every one for administrators)."""
    keys = managed_cluster_keys(user)
    if keys is None:
        return MeetingProgramme.objects.all()
    return MeetingProgramme.objects.filter(event__organiser__translation_key__in=keys)


def managed_events(user) -> QuerySet[EventPage]:
    """The events (their source pages, which registrations and programmes hang on) this user may
    set B2B meetings up for."""
    events = sources(EventPage.objects.all())
    keys = managed_cluster_keys(user)
    return events if keys is None else events.filter(organiser__translation_key__in=keys)


class ProgrammePermissionPolicy(BasePermissionPolicy):
    permission_cache_name = "_managed_meeting_programme_ids"

    def __init__(self) -> None:
        super().__init__(MeetingProgramme)

    def user_has_permission(self, user, action: str) -> bool:
        return action in ACTIONS and manages_any_cluster(user)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action: str, instance: MeetingProgramme) -> bool:
        return action in ACTIONS and managed_programmes(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[MeetingProgramme]:
        if not any(action in ACTIONS for action in actions):
            return MeetingProgramme.objects.none()
        return managed_programmes(user)

    def users_with_any_permission(self, actions):
        return users_managing(ClusterPage.objects.all())

    def users_with_any_permission_for_instance(self, actions, instance):
        organiser = instance.event.organiser
        return users_managing(ClusterPage.objects.filter(translation_key=organiser.translation_key))


programme_permission_policy = ProgrammePermissionPolicy()
