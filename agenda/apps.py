from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Events")

    def ready(self) -> None:
        from clusters.open_indexes import open_to_cluster_editors

        from . import signals
        from .models import EventIndexPage
        from .permissions import EVENT_ADDING_PERMISSIONS

        signals.connect()
        open_to_cluster_editors(EventIndexPage, EVENT_ADDING_PERMISSIONS)
