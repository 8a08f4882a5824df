"""Who manages an event's B2B meetings: the managers of the cluster that organises it, and superusers."""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q, QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from clusters.services import clusters_edited_by

from .models import MeetingProgramme

ACTIONS = ("add", "change", "delete", "view")


def managed_programmes(user) -> QuerySet[MeetingProgramme]:
    """The programmes of the events organised by a cluster this user manages (every one for superusers)."""
    if not (user.is_active and user.is_authenticated):
        return MeetingProgramme.objects.none()
    if user.is_superuser:
        return MeetingProgramme.objects.all()
    keys = [cluster.translation_key for cluster in clusters_edited_by(user)]
    return MeetingProgramme.objects.filter(event__organiser__translation_key__in=keys)


def managed_events(user):
    """The events (in their registration language) this user may set B2B meetings up for."""
    from agenda.models import EventPage

    # The page registrations go to: the first of its translations.
    earlier = EventPage.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    events = EventPage.objects.exclude(Exists(earlier))
    if user.is_superuser:
        return events
    keys = [cluster.translation_key for cluster in clusters_edited_by(user)]
    return events.filter(organiser__translation_key__in=keys)


class ProgrammePermissionPolicy(BasePermissionPolicy):
    permission_cache_name = "_managed_meeting_programme_ids"

    def __init__(self) -> None:
        super().__init__(MeetingProgramme)

    def _may_organise(self, user) -> bool:
        return user.is_active and user.is_authenticated and (user.is_superuser or bool(clusters_edited_by(user)))

    def user_has_permission(self, user, action: str) -> bool:
        return action in ACTIONS and self._may_organise(user)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action: str, instance: MeetingProgramme) -> bool:
        return action in ACTIONS and managed_programmes(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[MeetingProgramme]:
        if not any(action in ACTIONS for action in actions):
            return MeetingProgramme.objects.none()
        return managed_programmes(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(Q(is_superuser=True), is_active=True)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)


programme_permission_policy = ProgrammePermissionPolicy()
