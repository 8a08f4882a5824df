"""The admin of a vocabulary (sectors, practice themes, challenges): a snippet listed by its names
in each language, and a chooser that finds nothing, instead of failing, for an id that is not one.

Wagtail's chooser looks the ids a browser sends up as they come (a ValueError, so a server error,
for "abc"), and answers the "create" address of a chooser without a creation form with an error too.
"""

from django.http import Http404
from wagtail.snippets.views.chooser import (
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet


def _is_id(value: object) -> bool:
    text = str(value)
    return text.isascii() and text.isdigit()


class TermChosenView(SnippetChosenView):
    def get_object(self, pk):
        if not _is_id(pk):
            raise self.model_class.DoesNotExist
        return super().get_object(pk)


class TermsChosenView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return super().get_objects([pk for pk in pks if _is_id(pk)])


class NoCreationView(SnippetCreateView):
    """Terms are added on the snippet's own screen, not from the chooser: nothing is here."""

    def get(self, request):
        raise Http404

    def post(self, request):
        raise Http404


class TermChooserViewSet(SnippetChooserViewSet):
    chosen_view_class = TermChosenView
    chosen_multiple_view_class = TermsChosenView
    create_view_class = NoCreationView


class TermViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name_en", "name_fr", "name_ar", "slug"]
    search_fields = ["name_en", "name_fr", "name_ar"]
    chooser_viewset_class = TermChooserViewSet
