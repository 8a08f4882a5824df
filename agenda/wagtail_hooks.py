from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clusters.permissions import manages_any_cluster

from . import admin_views
from .models import EventIndexPage
from .permissions import edited_events, edits_every_event


@hooks.register("register_admin_urls")
def register_agenda_admin_urls():
    return [
        path("events/registrations/", admin_views.event_list, name="agenda_events"),
        path("events/registrations/<int:pk>/", admin_views.registrations, name="agenda_registrations"),
        path("events/registrations/<int:pk>/export.csv", admin_views.export_csv, name="agenda_export_csv"),
        path("events/registrations/<int:pk>/export.xlsx", admin_views.export_xlsx, name="agenda_export_xlsx"),
        path("events/registrations/<int:pk>/close/", admin_views.close, name="agenda_close"),
        path("events/registrations/<int:pk>/message/", admin_views.message, name="agenda_message"),
    ]


class OrganisersMenuItem(MenuItem):
    """Shown to the managers of a cluster (who organise its events) and to administrators."""

    def is_shown(self, request):
        return manages_any_cluster(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return OrganisersMenuItem(_("Event registrations"), reverse("agenda_events"), icon_name="date", order=350)


@hooks.register("construct_explorer_page_queryset")
def show_managers_their_own_events(parent_page, pages, request):
    """Below the events index, a cluster's manager sees the events of their clusters only."""
    if parent_page.specific_class is not EventIndexPage or edits_every_event(request.user, parent_page):
        return pages
    return pages.filter(pk__in=edited_events(request.user).values("pk"))
