"""The admin dashboard panel showing editors how complete their clusters' profiles are."""

from wagtail.admin.ui.components import Component

from .completeness import profile_completeness
from .permissions import managed_clusters


class ProfileCompletenessPanel(Component):
    name = "profile_completeness"
    order = 50
    template_name = "clusters/admin/completeness_panel.html"

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["profiles"] = [
            profile_completeness(cluster) for cluster in managed_clusters(self.user).order_by("title")
        ]
        return context
