from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .taxonomy import Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name_en", "name_fr", "name_ar", "slug"]
    search_fields = ["name_en", "name_fr", "name_ar"]


register_snippet(SectorViewSet)
