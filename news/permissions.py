"""Who edits a news item in the admin, decided by the manager rule (`clusters.permissions`).

A news item's editors are the managers of its publishing cluster: they edit it and publish it
unless review is on for that cluster, when they submit it to the moderators instead
(`NewsPermissionTester`). Every cluster's editors may add news under the news index
(`NEWS_ADDING_PERMISSIONS`, given by `clusters.open_indexes`), but adding an item does not make
anyone its editor: only the manager rule counts, so other clusters' managers see none of it.
"""

from typing import Any

from wagtail.models import Page, PagePermissionTester

from clusters.permissions import managed_cluster_keys, managed_clusters, manages_cluster
from clusters.services import review_required

from .models import NewsPage, NewsPageQuerySet

NEWS_ADDING_PERMISSIONS = ("add_page",)


def edited_news(user: Any) -> NewsPageQuerySet:
    """The news (every language version) of the clusters this user manages."""
    keys = managed_cluster_keys(user)
    news = NewsPage.objects.all()
    return news if keys is None else news.filter(cluster__translation_key__in=keys)


def publishes_news(user: Any, news: NewsPage) -> bool:
    """Whether a manager of the item's cluster publishes it, rather than submitting it for review."""
    return user.is_superuser or (news.cluster_id is not None and not review_required(news.cluster))


def publishes_new_news(user: Any) -> bool:
    """Whether a manager may publish news as they create it: review is off for every cluster they
    manage (otherwise they save a draft or submit it, and publish from the item's page)."""
    clusters = list(managed_clusters(user))
    return bool(clusters) and not any(review_required(cluster) for cluster in clusters)


def edits_all_news(user: Any, index: Page) -> bool:
    """Whether Wagtail's own rights on the page tree let `user` edit every news item below `index`."""
    return user.is_active and (user.is_superuser or "change" in PagePermissionTester(user, index).permissions)


class NewsPermissionTester(PagePermissionTester):
    """Wagtail's rights on the page tree, with the cluster rule on top: the managers of the item's
    cluster edit it, and publish it unless review is on. They do not move it."""

    def __init__(self, user: Any, page: NewsPage) -> None:
        super().__init__(user, page)
        self.by_cluster_rule = False
        if user.is_active and not user.is_superuser and "change" not in self.permissions:
            self.permissions.discard("add")  # having added the item gives no right on it
            self.by_cluster_rule = page.cluster_id is not None and manages_cluster(user, page.cluster)
        if self.by_cluster_rule:
            self.permissions.add("change")
            if publishes_news(user, page):
                self.permissions.add("publish")

    def can_move(self) -> bool:
        return not self.by_cluster_rule and super().can_move()


class NewsIndexPermissionTester(PagePermissionTester):
    """Wagtail's rights on the news index, where a cluster's editors may add news and, when review
    is off for their clusters, publish it as they create it."""

    def can_publish_subpage(self) -> bool:
        if super().can_publish_subpage():
            return True
        return self.user.is_active and "add" in self.permissions and publishes_new_news(self.user)
