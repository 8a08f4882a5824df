from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.snippets.models import register_snippet

from . import admin_views
from .panels import ProfileCompletenessPanel
from .taxonomy import Sector
from .taxonomy_admin import TermViewSet
from .translation_panels import OutdatedTranslationsPanel, out_of_date_warning


class SectorViewSet(TermViewSet):
    model = Sector
    menu_label = _("Sectors")


register_snippet(SectorViewSet)


@hooks.register("register_admin_urls")
def register_cluster_admin_urls():
    return [
        path("clusters/review/", admin_views.cluster_review, name="clusters_review"),
        path("clusters/invite/", admin_views.invite_cluster_manager, name="clusters_invite"),
    ]


@hooks.register("register_settings_menu_item")
def register_cluster_review_menu_item():
    return AdminOnlyMenuItem(_("Cluster review"), reverse("clusters_review"), icon_name="tasks", order=800)


@hooks.register("register_settings_menu_item")
def register_invite_menu_item():
    return AdminOnlyMenuItem(_("Invite a cluster manager"), reverse("clusters_invite"), icon_name="user", order=810)


@hooks.register("construct_homepage_panels")
def add_profile_completeness_panel(request, panels):
    panels.append(ProfileCompletenessPanel(request.user))


@hooks.register("construct_homepage_panels")
def add_outdated_translations_panel(request, panels):
    panels.append(OutdatedTranslationsPanel(request.user))


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor takes over
def warn_of_an_outdated_translation(request, page):
    warning = out_of_date_warning(request.user, page) if request.method == "GET" else ""
    if warning:
        messages.warning(request, warning)
