"""`{% cluster_members page %}`: the members block of a cluster's page (counts by type, the first
few organisations, and a link to the directory filtered on the cluster).

`{% profile_affiliation %}`: on a person's profile, the organisation of the directory they named,
whether its managers confirmed it, and a link to change it."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from clusters.models import ClusterPage

from ..affiliations import affiliation_of
from ..models import MemberOrganisation, MemberType, member_counts_by_type

register = template.Library()

CLUSTER_PAGE_MEMBERS = 12


@register.inclusion_tag("members/includes/cluster_members.html", takes_context=True)
def cluster_members(context: template.Context, cluster: ClusterPage) -> dict[str, object]:
    counts = [
        (MemberType(member_type).plural_label, count) for member_type, count in member_counts_by_type(cluster).items()
    ]
    block: dict[str, object] = {"LANGUAGE_BIDI": context.get("LANGUAGE_BIDI"), "member_counts": counts}
    members = MemberOrganisation.objects.of_cluster(cluster)
    shown = list(members.for_listing().order_by("name")[:CLUSTER_PAGE_MEMBERS])
    if not shown:
        return {**block, "cluster_members": []}
    # Members belong to the cluster's source page, whose slug the directory filters on.
    source_slug = cluster.slug if shown[0].cluster_id == cluster.pk else shown[0].cluster.slug
    return {
        **block,
        "cluster_members": shown,
        "cluster_member_total": members.count() if len(shown) == CLUSTER_PAGE_MEMBERS else len(shown),
        "member_directory_url": f"{reverse('member_directory')}?{urlencode({'cluster': source_slug})}",
    }


@register.inclusion_tag("members/includes/profile_affiliation.html", takes_context=True)
def profile_affiliation(context: template.Context) -> dict[str, object]:
    return {"affiliation": affiliation_of(context["request"].user)}
