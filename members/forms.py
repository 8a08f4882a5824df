"""Admin forms for the member directory: each user chooses among their own clusters only."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters

from .importing import MAX_FILE_BYTES, MAX_ROWS


def _limit_clusters(field: forms.ModelChoiceField, user) -> None:
    """Offer only the clusters the user manages, chosen already when there is just one."""
    field.queryset = managed_clusters(user).order_by("title") if user else ClusterPage.objects.none()
    only = list(field.queryset[:2])
    if len(only) == 1:
        field.initial = only[0].pk


class MemberOrganisationForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_clusters(self.fields["cluster"], self.for_user)


class MemberImportForm(forms.Form):
    cluster = forms.ModelChoiceField(label=_("Cluster"), queryset=ClusterPage.objects.none())
    file = forms.FileField(
        label=_("CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        help_text=_("Only show what would change; nothing is saved."),
        required=False,
        initial=True,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_clusters(self.fields["cluster"], user)
        self.fields["file"].help_text = _(
            "UTF-8, comma or semicolon separated, with a header row. At most %(megabytes)s MB and %(rows)s rows."
        ) % {"megabytes": MAX_FILE_BYTES // (1024 * 1024), "rows": MAX_ROWS}
