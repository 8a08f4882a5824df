from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Document library")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from clusters.hub import HubSection, register_section
        from portal.page_cache import invalidate_page_cache

        from .hub import cluster_documents
        from .models import LibraryDocument

        register_section(HubSection("documents", 250, "documents/includes/hub_section.html", cluster_documents))
        # Cluster pages list their documents: a changed entry makes cached pages stale.
        post_save.connect(invalidate_page_cache, sender=LibraryDocument, dispatch_uid="page-cache-library-saved")
        post_delete.connect(invalidate_page_cache, sender=LibraryDocument, dispatch_uid="page-cache-library-deleted")
