"""The news item's form in the admin: a manager publishes news for the clusters they manage.

The publishing cluster is one the user manages (or the one the item already names: a translation
may name a translated cluster); only the managers of that cluster may hand the item to another.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters, manages_cluster


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current_cluster = self.instance.cluster if self.instance.cluster_id else None
        if "cluster" in self.fields:
            managed = managed_clusters(self.for_user) if self.for_user else ClusterPage.objects.none()
            kept = Q(pk=self.current_cluster.pk) if self.current_cluster else Q(pk__in=[])
            field = self.fields["cluster"]
            field.queryset = ClusterPage.objects.filter(Q(pk__in=managed.values("pk")) | kept).order_by("title")
            only = list(field.queryset[:2])
            if self.current_cluster is None and len(only) == 1:
                self.initial["cluster"] = only[0].pk

    def clean_cluster(self) -> ClusterPage:
        cluster = self.cleaned_data["cluster"]
        current = self.current_cluster
        if (
            current is not None
            and cluster.translation_key != current.translation_key
            and not (self.for_user and manages_cluster(self.for_user, current))
        ):
            raise ValidationError(
                _("Only the managers of the publishing cluster can hand the news to another cluster.")
            )
        return cluster
