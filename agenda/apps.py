from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Events")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data

        from . import personal_data, signals

        signals.connect()
        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
