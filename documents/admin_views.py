"""The document library in the admin: each manager lists, adds and changes their own clusters' documents only."""

import django_filters
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.documents.widgets import AdminDocumentChooser

from clusters.models import ClusterPage
from clusters.permissions import managed_clusters

from .models import DOCUMENT_LANGUAGES, DocumentType, LibraryDocument
from .permissions import managed_documents


def _clusters_for_request(request: HttpRequest):
    return managed_clusters(request.user).order_by("title")


class DocumentChooser(AdminDocumentChooser):
    """Wagtail's document chooser, showing no document (instead of failing) for a value that is not an id."""

    def get_instance(self, value):
        if value is not None and not isinstance(value, self.model_class) and not str(value).isdigit():
            return None
        return super().get_instance(value)


class LibraryDocumentForm(WagtailAdminModelForm):
    """The cluster is one the user manages, chosen already when there is just one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["cluster"]
        field.queryset = (
            managed_clusters(self.for_user).order_by("title") if self.for_user else ClusterPage.objects.none()
        )
        only = list(field.queryset[:2])
        if len(only) == 1:
            field.initial = only[0].pk


class LibraryDocumentFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(label=_("Type"), choices=DocumentType.choices, empty_label=_("All"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=DOCUMENT_LANGUAGES, empty_label=_("All"))
    cluster = django_filters.ModelChoiceFilter(label=_("Cluster"), queryset=_clusters_for_request)

    class Meta:
        model = LibraryDocument
        fields = ["type", "language", "cluster"]


class OwnClustersObjectMixin:
    """A document of another cluster is not found (404), whatever its id."""

    request: HttpRequest

    def get_base_object_queryset(self):
        return managed_documents(self.request.user)


class OwnClustersOnlyMixin(OwnClustersObjectMixin):
    """Editing or deleting: the form's object, too, comes from the user's own clusters."""

    def get_queryset(self):
        return self.get_base_object_queryset()


class LibraryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return managed_documents(self.request.user).select_related("cluster")


class LibraryEditView(OwnClustersOnlyMixin, generic.EditView):
    pass


class LibraryDeleteView(OwnClustersOnlyMixin, generic.DeleteView):
    pass


class LibraryHistoryView(OwnClustersObjectMixin, HistoryView):  # its queryset lists log entries
    pass


class LibraryUsageView(OwnClustersObjectMixin, UsageView):  # its queryset lists references
    pass
