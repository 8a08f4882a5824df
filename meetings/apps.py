from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("B2B meetings")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data

        from . import personal_data

        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
