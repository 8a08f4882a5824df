"""Admin views for the member directory: each user sees and changes their own clusters' members only,
and answers the claims of people who say they belong to them."""

import csv
from collections.abc import Callable
from typing import Any

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.search import index

from clusters.permissions import managed_clusters

from . import affiliations
from .forms import MemberImportForm
from .importing import COLUMNS, ImportFileError, import_members, parse_member_csv
from .models import Affiliation, MemberOrganisation, MemberType
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
        pending = managed_affiliations(self.request.user).filter(confirmed_at__isnull=True).count()
        label = _("Affiliations (%(pending)s pending)") % {"pending": pending} if pending else _("Affiliations")
        buttons.append(HeaderButton(label, url=reverse("members:affiliations"), icon_name="user"))
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


class MembersScreenMixin(PermissionCheckedMixin, generic.base.WagtailAdminTemplateMixin):
    """A screen of its own under Members, checked against the member permission policy."""

    model = MemberOrganisation

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("members:index"), "label": MemberOrganisation._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]


class MemberImportView(MembersScreenMixin, FormView):
    """Upload a CSV for one of the user's clusters: a dry run by default, a real import when asked and error-free."""

    permission_required = "add"
    form_class = MemberImportForm
    template_name = "members/admin/import.html"
    page_title = gettext_lazy("Import members")
    header_icon = "upload"

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


def managed_affiliations(user):
    """The claims on the members of the clusters `user` manages: waiting ones first, oldest first."""
    members = member_permission_policy.instances_user_has_any_permission_for(user, ACTIONS)
    return (
        Affiliation.objects.filter(organisation__in=members)
        .select_related("user", "organisation__cluster", "confirmed_by")
        .order_by(F("confirmed_at").desc(nulls_first=True), "created_at")
    )


class AffiliationIndexView(MembersScreenMixin, TemplateView):
    """The people who say they belong to the user's members: confirm or reject each (POST)."""

    permission_required = "change"
    template_name = "members/admin/affiliations.html"
    page_title = gettext_lazy("Affiliations")
    header_icon = "user"

    def get_context_data(self, **kwargs):
        return super().get_context_data(affiliations=managed_affiliations(self.request.user), **kwargs)


@require_POST
def confirm_affiliation(request: HttpRequest, pk: int) -> HttpResponse:
    done = gettext_lazy("%(person)s belongs to %(organisation)s: they are told by email.")
    return _answer_claim(request, pk, affiliations.confirm_affiliation, done)


@require_POST
def reject_affiliation(request: HttpRequest, pk: int) -> HttpResponse:
    done = gettext_lazy("%(person)s no longer names %(organisation)s.")
    return _answer_claim(request, pk, affiliations.reject_affiliation, done)


def _answer_claim(request: HttpRequest, pk: int, answer: Callable[[Affiliation, Any], object], done) -> HttpResponse:
    """One of the claims on the user's own members (404 for any other), answered through `answer`."""
    affiliation = get_object_or_404(managed_affiliations(request.user), pk=pk)
    try:
        answer(affiliation, request.user)
    except affiliations.AffiliationError as error:
        messages.error(request, error.message)
    else:
        names = {"person": str(affiliation.user), "organisation": affiliation.organisation.name}
        messages.success(request, str(done) % names)
    return redirect("members:affiliations")


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
