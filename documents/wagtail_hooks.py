"""The document library in the admin, for each cluster's managers."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin_views
from .models import LibraryDocument
from .permissions import library_permission_policy

register_permission_policy(LibraryDocument, library_permission_policy)


class LibraryDocumentViewSet(ModelViewSet):
    model = LibraryDocument
    icon = "doc-full-inverse"
    menu_label = _("Document library")
    menu_order = 255
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["title", "type", "language", "year", "cluster"]
    filterset_class = admin_views.LibraryDocumentFilterSet
    search_fields = ["title", "summary"]
    search_backend_name = None
    ordering = ["-year", "title"]
    index_view_class = admin_views.LibraryIndexView
    edit_view_class = admin_views.LibraryEditView
    delete_view_class = admin_views.LibraryDeleteView
    history_view_class = admin_views.LibraryHistoryView
    usage_view_class = admin_views.LibraryUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("cluster", widget=forms.Select),  # the user's own clusters (LibraryDocumentForm)
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("type"), FieldPanel("language"), FieldPanel("year")]),
            FieldPanel("summary"),
            FieldPanel("file", widget=admin_views.DocumentChooser),
        ],
        base_form_class=admin_views.LibraryDocumentForm,
    )

    def get_permissions_to_register(self):
        # Who manages which documents follows the cluster pages a group may edit, not model permissions.
        return super().get_permissions_to_register().none()


@hooks.register("register_admin_viewset")
def register_library_viewset():
    return LibraryDocumentViewSet("document_library")
