from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservatoryConfig(AppConfig):
    name = "observatory"
    verbose_name = _("Observatory")

    def ready(self) -> None:
        from clusters.hub import HubSection, register_section

        from .cluster_figures import hub_section

        # Before the other sections of the hub: a cluster's figures come first.
        register_section(HubSection("figures-trend", 50, "observatory/includes/hub_section.html", hub_section))
