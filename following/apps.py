from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = _("Following")

    def ready(self) -> None:
        from . import receivers  # noqa: F401 - connects the receivers
