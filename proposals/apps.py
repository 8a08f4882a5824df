from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = _("Project proposals")

    def ready(self) -> None:
        from . import receivers  # noqa: F401
