from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from clusters.taxonomy_admin import TermViewSet

from .models import Theme


class ThemeViewSet(TermViewSet):
    model = Theme
    menu_label = _("Practice themes")


register_snippet(ThemeViewSet)
