"""The event's form in the admin: a manager organises events for the clusters they manage.

The organising cluster is one the user manages (or the one the event already has); only the
managers of that cluster may hand the event to another cluster or change its co-organisers, so
the manager of a co-organising cluster edits the event without taking it over.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters, manages_cluster
from portal.translations import one_version_each

from .event_times import show_times_in_event_zone


def _keys(clusters: Any) -> set:
    return {cluster.translation_key for cluster in clusters}


def _choices(clusters: QuerySet[ClusterPage], kept: list[ClusterPage], locale_id: int | None) -> QuerySet[ClusterPage]:
    """`clusters` and those already chosen, one version each: in the event page's language where
    the cluster is translated into it."""
    chosen = Q(pk__in=clusters.values("pk")) | Q(pk__in=[cluster.pk for cluster in kept])
    return one_version_each(ClusterPage.objects.filter(chosen), locale_id).order_by("title")


def _as_chosen(kept: list[ClusterPage], choices: QuerySet[ClusterPage]) -> list[int]:
    """The choices that are the clusters in `kept` (whichever of their versions it names)."""
    keys = _keys(kept)
    return [cluster.pk for cluster in choices if cluster.translation_key in keys]


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        show_times_in_event_zone(self)
        event = self.instance
        self.current_organiser = event.organiser if event.organiser_id else None
        self.current_co_organisers = list(event.co_organisers.all()) if event.pk else []
        if "organiser" in self.fields:
            managed = managed_clusters(self.for_user) if self.for_user else ClusterPage.objects.none()
            field = self.fields["organiser"]
            kept = [self.current_organiser] if self.current_organiser else []
            field.queryset = _choices(managed, kept, event.locale_id)
            only = list(field.queryset[:2])
            if self.current_organiser is None and len(only) == 1:
                self.initial["organiser"] = only[0].pk
            elif kept:
                self.initial["organiser"] = next(iter(_as_chosen(kept, field.queryset)), None)
        if "co_organisers" in self.fields:
            field = self.fields["co_organisers"]
            field.queryset = _choices(ClusterPage.objects.all(), self.current_co_organisers, event.locale_id)
            self.initial["co_organisers"] = _as_chosen(self.current_co_organisers, field.queryset)

    def _manages_current_organiser(self) -> bool:
        if self.current_organiser is None:
            return True
        return self.for_user is not None and manages_cluster(self.for_user, self.current_organiser)

    def clean_organiser(self) -> ClusterPage:
        organiser = self.cleaned_data["organiser"]
        moved = self.current_organiser and organiser.translation_key != self.current_organiser.translation_key
        if moved and not self._manages_current_organiser():
            raise ValidationError(
                _("Only the managers of the organising cluster can hand the event to another cluster.")
            )
        return organiser

    def clean_co_organisers(self) -> QuerySet[ClusterPage]:
        co_organisers = self.cleaned_data["co_organisers"]
        changed = _keys(co_organisers) != _keys(self.current_co_organisers)
        if changed and not self._manages_current_organiser():
            raise ValidationError(_("Only the managers of the organising cluster can change the co-organisers."))
        return co_organisers
