from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Best practices")

    def ready(self) -> None:
        from clusters.hub import register_section

        from . import hub

        register_section(hub.SECTION)
