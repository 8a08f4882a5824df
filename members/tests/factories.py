"""Building members for tests (clusters and people come from `tests.factories`)."""

from wagtail.search import index

from clusters.models import ClusterPage, Sector
from members.models import MemberOrganisation, MemberType


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
