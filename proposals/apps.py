from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = _("Project proposals")

    def ready(self) -> None:
        from clusters.models import ClusterPage
        from portal.models import HomePage

        from . import receivers  # noqa: F401

        # Proposals live in their cluster's space, and both indexes under the home page; the
        # clusters and portal apps need not know about them.
        for page_model, subpage_type in (
            (ClusterPage, "proposals.ProposalPage"),
            (HomePage, "proposals.FundingCallIndexPage"),
            (HomePage, "proposals.ProposalIndexPage"),
        ):
            if subpage_type not in page_model.subpage_types:
                page_model.subpage_types = [*page_model.subpage_types, subpage_type]
