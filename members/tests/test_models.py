"""Member organisations, and a cluster's member counts drawn from them."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from clusters.completeness import profile_completeness
from members.models import MemberOrganisation, MemberType, member_counts_by_type
from tests.factories import cluster, make_cluster

from .factories import add_member


def test_counts_come_from_the_profile_while_the_directory_is_empty(demo):
    page = make_cluster("tstc", smes=40, universities=3, associations=0, large_companies=2)
    assert member_counts_by_type(page) == {"sme": 40, "large_company": 2, "university": 3}


def test_the_directory_adds_the_types_it_lists_without_shrinking_declared_figures(demo):
    page = make_cluster("tstc", smes=40, universities=3)
    add_member(page, "Start (demo)", type=MemberType.STARTUP)
    add_member(page, "Lab (demo)", type=MemberType.RESEARCH_CENTRE)
    add_member(page, "Start Two (demo)", type=MemberType.STARTUP)
    add_member(page, "One SME (demo)", type=MemberType.SME)
    counts = member_counts_by_type(page)
    assert counts == {"sme": 40, "university": 3, "startup": 2, "research_centre": 1}
    assert list(counts) == ["sme", "university", "startup", "research_centre"]  # in the order of the types


def test_a_translated_cluster_page_counts_the_same_members(demo):
    english, french = cluster("ce3m"), cluster("ce3m", "fr")
    assert member_counts_by_type(french) == member_counts_by_type(english)
    # CE3M declares 90 SMEs; its directory lists a sample of them.
    assert member_counts_by_type(english)["sme"] == 90
    assert MemberOrganisation.objects.filter(cluster=english, type=MemberType.SME).count() < 90


def test_a_member_without_a_country_is_in_its_clusters_country(demo):
    member = add_member(cluster("2ts"), "Sans Pays (demo)")
    assert member.country == "TN"
    assert add_member(cluster("2ts"), "Partenaire Français (demo)", country="FR").country == "FR"


def test_slugs_are_unique_within_a_cluster(demo):
    first = add_member(cluster("qoot"), "Même Nom (demo)")
    second = add_member(cluster("qoot"), "Meme Nom (demo)")
    other_cluster = add_member(cluster("ce3m"), "Même Nom (demo)")
    assert first.slug == "même-nom-demo"
    assert second.slug == "meme-nom-demo"
    assert other_cluster.slug == first.slug
    arabic = add_member(cluster("qoot"), "تعاونية (demo)")
    assert arabic.slug == "تعاونية-demo"


def test_names_are_unique_within_a_cluster_whatever_their_case(demo):
    add_member(cluster("qoot"), "Unique Name (demo)")
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberOrganisation.objects.create(cluster=cluster("qoot"), name="UNIQUE NAME (demo)", type=MemberType.SME)
    assert add_member(cluster("ce3m"), "Unique Name (demo)").pk


def test_members_belong_to_the_source_page_of_their_cluster(demo):
    MemberOrganisation(cluster=cluster("qoot"), name="Valid (demo)", type=MemberType.SME).full_clean()
    with pytest.raises(ValidationError) as invalid:
        MemberOrganisation(cluster=cluster("qoot", "fr"), name="Invalid (demo)", type=MemberType.SME).full_clean()
    assert "cluster" in invalid.value.message_dict


def test_the_cluster_api_counts_the_members_the_directory_lists(client, demo):
    ce3m = cluster("ce3m")
    response = client.get(
        "/api/v2/pages/", {"type": "clusters.ClusterPage", "fields": "member_counts_by_type", "slug": "ce3m"}
    )
    counts = {item["meta"]["locale"]: item["member_counts_by_type"] for item in response.json()["items"]}
    assert counts["en"] == counts["fr"] == member_counts_by_type(ce3m)
    research_centres = MemberOrganisation.objects.filter(cluster=ce3m, type=MemberType.RESEARCH_CENTRE).count()
    assert counts["en"]["research_centre"] == research_centres > 0


def test_a_profile_declaring_one_type_with_members_of_another_has_two_types(demo):
    page = make_cluster("tstc", smes=40)
    assert "At least two types of members" in [str(label) for label in profile_completeness(page).missing]
    add_member(page, "Start (demo)", type=MemberType.STARTUP)
    assert "At least two types of members" in [str(label) for label in profile_completeness(page).met]
