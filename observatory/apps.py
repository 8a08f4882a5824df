from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservatoryConfig(AppConfig):
    name = "observatory"
    verbose_name = _("Observatory")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from clusters.hub import HubSection, register_section
        from portal.page_cache import invalidate_page_cache

        from .cluster_figures import hub_section
        from .models import ClusterYearFigures

        # Before the other sections of the hub: a cluster's figures come first.
        register_section(HubSection("figures-trend", 50, "observatory/includes/hub_section.html", hub_section))

        # Cluster pages show the figures: changed figures make cached pages stale.
        post_save.connect(invalidate_page_cache, sender=ClusterYearFigures, dispatch_uid="page-cache-figures-saved")
        post_delete.connect(invalidate_page_cache, sender=ClusterYearFigures, dispatch_uid="page-cache-figures-deleted")
