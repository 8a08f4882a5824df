"""Pages for search tests."""

from clusters.models import ClusterIndexPage, ClusterPage


def publish_cluster(slug: str, summary: str) -> ClusterPage:
    """A new published cluster page under the English cluster index."""
    index_page = ClusterIndexPage.objects.get(locale__language_code="en")
    page = ClusterPage(title=slug.upper(), slug=slug, acronym=slug.upper(), summary=summary, country="MA")
    index_page.add_child(instance=page)
    page.save_revision().publish()
    return page
