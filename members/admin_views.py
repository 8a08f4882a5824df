"""Admin views for the member directory: each user sees and changes their own clusters' members only."""

import csv

import django_filters
from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.search import index

from clusters.permissions import managed_clusters

from .forms import MemberImportForm
from .importing import COLUMNS, ImportFileError, import_members, parse_member_csv
from .models import MemberOrganisation, MemberType
from .permissions import ACTIONS, member_permission_policy


def _clusters_for_request(request: HttpRequest):
    return managed_clusters(request.user).order_by("title")


class MemberOrganisationFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type"),
        choices=MemberType.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    cluster = django_filters.ModelChoiceFilter(label=gettext_lazy("Cluster"), queryset=_clusters_for_request)

    class Meta:
        model = MemberOrganisation
        fields = ["type", "cluster"]


class OwnClustersObjectMixin:
    """A member of another cluster is not found (404), whatever its id."""

    request: HttpRequest

    def get_base_object_queryset(self):
        return member_permission_policy.instances_user_has_any_permission_for(self.request.user, ACTIONS)


class OwnClustersOnlyMixin(OwnClustersObjectMixin):
    """Editing or deleting: the form's object, too, comes from the user's own clusters."""

    def get_queryset(self):
        return self.get_base_object_queryset()


class ReindexAfterSaveMixin:
    """The search index entry is written on save, before the form saves sectors and capabilities."""

    def save_instance(self):
        instance = super().save_instance()
        index.insert_or_update_object(instance)
        return instance


class MemberIndexView(generic.IndexView):
    def get_base_queryset(self):
        members = member_permission_policy.instances_user_has_any_permission_for(self.request.user, ACTIONS)
        return members.select_related("cluster")

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("add"):
            buttons.append(HeaderButton(_("Import CSV"), url=reverse("members:import"), icon_name="upload"))
        return buttons


class MemberCreateView(ReindexAfterSaveMixin, generic.CreateView):
    pass


class MemberEditView(OwnClustersOnlyMixin, ReindexAfterSaveMixin, generic.EditView):
    pass


class MemberDeleteView(OwnClustersOnlyMixin, generic.DeleteView):
    pass


class MemberHistoryView(OwnClustersObjectMixin, HistoryView):  # its queryset lists log entries
    pass


class MemberUsageView(OwnClustersObjectMixin, UsageView):  # its queryset lists references
    pass


class MemberImportView(PermissionCheckedMixin, generic.base.WagtailAdminTemplateMixin, FormView):
    """Upload a CSV for one of the user's clusters: a dry run by default, a real import when asked and error-free."""

    model = MemberOrganisation
    permission_required = "add"
    form_class = MemberImportForm
    template_name = "members/admin/import.html"
    page_title = gettext_lazy("Import members")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("members:index"), "label": MemberOrganisation._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=COLUMNS, **kwargs)

    def form_valid(self, form: MemberImportForm) -> HttpResponse:
        cluster, wants_dry_run = form.cleaned_data["cluster"], form.cleaned_data["dry_run"]
        try:
            parsed = parse_member_csv(form.cleaned_data["file"])
            # With errors anywhere in the file, nothing is imported: show what would happen instead.
            report = import_members(
                cluster, parsed.rows, dry_run=wants_dry_run or bool(parsed.errors), user=self.request.user
            )
        except ImportFileError as error:
            form.add_error("file", error.message)
            return self.form_invalid(form)
        if report.dry_run:
            context = self.get_context_data(form=form, cluster=cluster, parsed=parsed, report=report)
            context["refused"] = not wants_dry_run
            return self.render_to_response(context)
        messages.success(
            self.request,
            _("%(cluster)s: %(created)s members added, %(updated)s updated, %(unchanged)s unchanged.")
            % {
                "cluster": cluster.title,
                "created": len(report.created),
                "updated": len(report.updated),
                "unchanged": len(report.unchanged),
            },
        )
        return redirect(f"{reverse('members:index')}?cluster={cluster.pk}")


def import_template(request: HttpRequest) -> HttpResponse:
    """An empty file with the columns the import reads, and one example row."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="members.csv"'
    example = [
        "Exemple Mécanique (demo)",
        "sme",
        "aeronautics|electronics",
        "Casablanca",
        "MA",
        "https://exemple-mecanique.example.org",
        "Precision machining and sheet metal work for aeronautics and electronics.",
        "CNC machining|sheet metal",
        "Four 5-axis machining centres",
        "ISO 9001, EN 9100",
        "yes",
        "no",
    ]
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    writer.writerow(example)
    return response
