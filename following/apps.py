from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = _("Following")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data

        from . import personal_data, receivers  # noqa: F401 - connects the receivers

        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
