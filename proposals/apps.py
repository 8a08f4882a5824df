from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = _("Project proposals")

    def ready(self) -> None:
        from accounts.personal_data import register_personal_data
        from clusters.hub import register_section
        from clusters.open_indexes import open_to_cluster_editors

        from . import hub, personal_data, receivers  # noqa: F401
        from .models import FundingCallIndexPage
        from .permissions import CALL_EDITING_PERMISSIONS

        open_to_cluster_editors(FundingCallIndexPage, CALL_EDITING_PERMISSIONS)
        register_personal_data(self.name, personal_data.personal_data, personal_data.erase_personal_data)
        register_section(hub.SECTION)
