"""Admin views for the figures: each manager lists and changes their own clusters' figures only."""

from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView

from .permissions import ACTIONS, figures_permission_policy


class OwnClustersObjectMixin:
    """Figures of another cluster are not found (404), whatever their id."""

    def get_base_object_queryset(self):
        return figures_permission_policy.instances_user_has_any_permission_for(self.request.user, ACTIONS)


class OwnClustersOnlyMixin(OwnClustersObjectMixin):
    """Editing or deleting: the form's object, too, comes from the user's own clusters."""

    def get_queryset(self):
        return self.get_base_object_queryset()


class FiguresIndexView(generic.IndexView):
    def get_base_queryset(self):
        figures = figures_permission_policy.instances_user_has_any_permission_for(self.request.user, ACTIONS)
        return figures.select_related("cluster")


class FiguresEditView(OwnClustersOnlyMixin, generic.EditView):
    pass


class FiguresDeleteView(OwnClustersOnlyMixin, generic.DeleteView):
    pass


class FiguresHistoryView(OwnClustersObjectMixin, HistoryView):
    pass


class FiguresUsageView(OwnClustersObjectMixin, UsageView):
    pass
