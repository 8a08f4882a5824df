"""Who may start or update the translations of a page: whoever may edit it.

wagtail-localize asks only for its `submit_translation` permission, which every cluster's editors
hold; its views are wrapped here so that each page's own permissions decide, and a cluster's
editors translate their cluster's pages and no other cluster's.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

View = Callable[..., HttpResponse]


def may_translate(user: Any, page: Page) -> bool:
    """Whether `user` may start or update the translations of `page`."""
    return user.has_perm("wagtail_localize.submit_translation") and page.permissions_for_user(user).can_edit()


def _refusing_other_pages(view: View, page_of: Callable[..., Page | None]) -> View:
    @require_admin_access
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        page = page_of(**kwargs)
        if page is not None and not may_translate(request.user, page.specific):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def _page(page_id: int) -> Page:
    return get_object_or_404(Page, pk=page_id)


def _source_page(translation_source_id: int) -> Page | None:
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    return instance if isinstance(instance, Page) else None


submit_page_translation = _refusing_other_pages(SubmitPageTranslationView.as_view(), _page)
update_translations = _refusing_other_pages(UpdateTranslationsView.as_view(), _source_page)
