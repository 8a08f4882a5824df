"""Each event's B2B meeting programme in the admin, for the managers of the organising cluster."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.panels import InlinePanel

from . import admin_views
from .models import MeetingProgramme
from .permissions import programme_permission_policy

register_permission_policy(MeetingProgramme, programme_permission_policy)


class MeetingProgrammeViewSet(ModelViewSet):
    model = MeetingProgramme
    icon = "group"
    menu_label = _("B2B meetings")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["event", "enabled", "request_quota", "request_expiry_hours"]
    ordering = ["-event__start"]
    index_view_class = admin_views.ProgrammeIndexView
    edit_view_class = admin_views.ProgrammeEditView
    delete_view_class = admin_views.ProgrammeDeleteView
    history_view_class = admin_views.ProgrammeHistoryView
    usage_view_class = admin_views.ProgrammeUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("event", widget=forms.Select),  # the user's own events (ProgrammeForm)
            FieldPanel("enabled"),
            FieldRowPanel(
                [FieldPanel("request_quota"), FieldPanel("request_expiry_hours"), FieldPanel("reminder_hours")]
            ),
            MultiFieldPanel([InlinePanel("sessions", label=_("Session"))], heading=_("Meeting sessions")),
            MultiFieldPanel(
                [InlinePanel("opportunity_types", label=_("Opportunity type"))],
                heading=_("Opportunity types of this event"),
            ),
        ],
        base_form_class=admin_views.ProgrammeForm,
    )

    def get_permissions_to_register(self):
        # Who manages which programme follows the organising cluster, not model permissions.
        return super().get_permissions_to_register().none()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("report/<int:pk>/", admin_views.ProgrammeReportView.as_view(), name="report"),
        ]


@hooks.register("register_admin_viewset")
def register_programme_viewset():
    return MeetingProgrammeViewSet("b2b_meetings")
