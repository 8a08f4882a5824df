from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from django.conf import settings
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .page_cache import invalidate_page_cache
        from .synchronised_fields import synchronise_on_publish
        from .translation_status import track_published_text

        page_published.connect(invalidate_page_cache, dispatch_uid="page-cache-published")
        page_published.connect(synchronise_on_publish, dispatch_uid="synchronise-translations")
        page_published.connect(track_published_text, dispatch_uid="track-translated-text")
        page_unpublished.connect(invalidate_page_cache, dispatch_uid="page-cache-unpublished")
        post_page_move.connect(invalidate_page_cache, dispatch_uid="page-cache-moved")
        post_delete.connect(invalidate_page_cache, sender=Page, dispatch_uid="page-cache-deleted")
        # The locales, the navigation, the private sections (of pages and of documents) and the promoted
        # search results are cached with the page-cache version too; a page made private must not be
        # served from the cache either.
        for model in (Locale, Site, PageViewRestriction, CollectionViewRestriction, SearchPromotion):
            name = model._meta.model_name
            post_save.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-{name}-saved")
            post_delete.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-{name}-deleted")

        if any(database["ENGINE"].endswith("sqlite3") for database in settings.DATABASES.values()):
            from .sqlite_integers import bind_large_integers_as_numbers

            bind_large_integers_as_numbers()
