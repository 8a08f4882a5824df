from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self) -> None:
        from clusters.hub import register_section
        from clusters.open_indexes import open_to_cluster_editors

        from .hub import NEWS_SECTION
        from .models import NewsIndexPage
        from .permissions import NEWS_ADDING_PERMISSIONS

        open_to_cluster_editors(NewsIndexPage, NEWS_ADDING_PERMISSIONS)
        register_section(NEWS_SECTION)
