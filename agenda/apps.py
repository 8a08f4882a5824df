from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Events")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data
        from clusters.hub import register_section
        from clusters.open_indexes import open_to_cluster_editors

        from . import hub, personal_data, signals
        from .models import EventIndexPage
        from .permissions import EVENT_ADDING_PERMISSIONS

        signals.connect()
        open_to_cluster_editors(EventIndexPage, EVENT_ADDING_PERMISSIONS)
        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
        register_section(hub.SECTION)
