"""The admin form for a year's figures: each manager chooses among their own clusters only."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters


class ClusterYearFiguresForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field: forms.ModelChoiceField = self.fields["cluster"]
        field.queryset = (
            managed_clusters(self.for_user).order_by("title") if self.for_user else ClusterPage.objects.none()
        )
        only = list(field.queryset[:2])
        if len(only) == 1:
            field.initial = only[0].pk
