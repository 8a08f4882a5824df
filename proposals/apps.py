from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = _("Project proposals")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data

        from . import personal_data, receivers  # noqa: F401

        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
