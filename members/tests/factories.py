"""Building members and clusters for tests."""

from wagtail.search import index

from clusters.models import ClusterIndexPage, ClusterPage, Sector
from members.models import MemberOrganisation, MemberType


def cluster(slug: str, language: str = "en") -> ClusterPage:
    return ClusterPage.objects.get(slug=slug, locale__language_code=language)


def add_cluster(slug: str, **fields) -> ClusterPage:
    """A published cluster with no members, under the demo cluster index."""
    index_page = ClusterIndexPage.objects.get(locale__language_code="en")
    page = ClusterPage(
        title=slug.upper(), slug=slug, acronym=slug.upper(), summary="A test cluster.", **{"country": "MA", **fields}
    )
    index_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_member(
    cluster_page: ClusterPage,
    name: str,
    *,
    sectors: tuple[str, ...] = (),
    capabilities: tuple[str, ...] = (),
    **fields,
) -> MemberOrganisation:
    member = MemberOrganisation.objects.create(cluster=cluster_page, name=name, **{"type": MemberType.SME, **fields})
    member.sectors.set(Sector.objects.filter(slug__in=sectors))
    member.capabilities.set(list(capabilities))
    index.insert_or_update_object(member)
    return member
