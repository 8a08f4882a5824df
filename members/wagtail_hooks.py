"""The member directory in the admin: listing, editing and CSV import, each user within their own clusters."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from clusters.member_counts import COUNT_HOOK

from . import admin_views
from .forms import MemberOrganisationForm
from .models import MemberOrganisation, member_counts_by_type
from .permissions import member_permission_policy

register_permission_policy(MemberOrganisation, member_permission_policy)

# A cluster's profile (its API, its completeness) counts the members its directory lists.
hooks.register(COUNT_HOOK, member_counts_by_type)


class MemberOrganisationViewSet(ModelViewSet):
    model = MemberOrganisation
    icon = "group"
    menu_label = _("Members")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "name",
        "type",
        "cluster",
        "city",
        "country",
        DateColumn("updated", label=_("Updated"), sort_key="updated"),
    ]
    list_filter = ["type", "cluster"]
    filterset_class = admin_views.MemberOrganisationFilterSet
    search_fields = ["name", "city", "description", "certifications"]
    search_backend_name = None
    ordering = ["name"]
    index_view_class = admin_views.MemberIndexView
    add_view_class = admin_views.MemberCreateView
    edit_view_class = admin_views.MemberEditView
    delete_view_class = admin_views.MemberDeleteView
    history_view_class = admin_views.MemberHistoryView
    usage_view_class = admin_views.MemberUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("cluster", widget=forms.Select),
            FieldRowPanel([FieldPanel("name"), FieldPanel("type")]),
            FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
            FieldPanel("website"),
            MultiFieldPanel(
                [FieldPanel("description"), FieldPanel("description_fr"), FieldPanel("description_ar")],
                heading=_("Description"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("capabilities"),
                    FieldPanel("production_capacities"),
                    FieldPanel("certifications"),
                ],
                heading=_("Capabilities"),
            ),
            FieldRowPanel([FieldPanel("seeks_subcontracting"), FieldPanel("seeks_partners")]),
        ],
        base_form_class=MemberOrganisationForm,
    )

    def get_permissions_to_register(self):
        # Who manages which members follows the cluster pages a group may edit, not model permissions.
        return super().get_permissions_to_register().none()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", admin_views.MemberImportView.as_view(), name="import"),
            path("import/members.csv", admin_views.import_template, name="import_template"),
            path("affiliations/", admin_views.AffiliationIndexView.as_view(), name="affiliations"),
            path("affiliations/<int:pk>/confirm/", admin_views.confirm_affiliation, name="confirm_affiliation"),
            path("affiliations/<int:pk>/reject/", admin_views.reject_affiliation, name="reject_affiliation"),
        ]


@hooks.register("register_admin_viewset")
def register_member_viewset():
    return MemberOrganisationViewSet("members")
