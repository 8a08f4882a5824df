from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Practice themes")
    list_display = ["name_en", "name_fr", "name_ar", "slug"]
    search_fields = ["name_en", "name_fr", "name_ar"]


register_snippet(ThemeViewSet)
