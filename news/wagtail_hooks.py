from wagtail import hooks

from .models import NewsIndexPage
from .permissions import edited_news, edits_all_news


@hooks.register("construct_explorer_page_queryset")
def show_managers_their_own_news(parent_page, pages, request):
    """Below the news index, a cluster's manager sees the news of their clusters only."""
    if parent_page.specific_class is not NewsIndexPage or edits_all_news(request.user, parent_page):
        return pages
    return pages.filter(pk__in=edited_news(request.user).values("pk"))
