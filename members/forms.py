"""Forms of the member directory: in the admin, each user chooses among their own clusters only; on
the site, a person chooses their organisation among those the directory lists."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters

from .importing import MAX_FILE_BYTES, MAX_ROWS
from .models import MemberOrganisation

MATCHES_SHOWN = 30


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


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: MemberOrganisation) -> str:
        place = ", ".join(part for part in (obj.city, obj.cluster.acronym or obj.cluster.title) if part)
        return f"{obj.name} ({place})"


class OrganisationChoiceForm(forms.Form):
    """The organisation a person belongs to: offered among the listed members whose name holds every
    word of `query` (the first few); accepted among all the listed members."""

    organisation = OrganisationChoiceField(
        label=_("Organisation"), queryset=MemberOrganisation.objects.none(), empty_label=None
    )

    def __init__(self, *args, query: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        listed = MemberOrganisation.objects.listed().select_related("cluster")
        self.more_matches = False
        if not self.is_bound:
            for word in query.split():
                listed = listed.filter(name__icontains=word)
            shown = list(listed.order_by("name").values_list("pk", flat=True)[: MATCHES_SHOWN + 1])
            self.more_matches = len(shown) > MATCHES_SHOWN
            listed = listed.filter(pk__in=shown[:MATCHES_SHOWN])
        self.fields["organisation"].queryset = listed.order_by("name")

    @property
    def has_matches(self) -> bool:
        return self.fields["organisation"].queryset.exists()
