"""A cluster's editors manage their own cluster's members in the admin, and no other cluster's."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import GroupPagePermission

from clusters.permissions import managed_clusters
from members.models import MemberOrganisation
from members.permissions import member_permission_policy
from tests.factories import cluster, make_cluster, make_editor, make_index_editor

from .factories import add_member

NEW_MEMBER = {
    "name": "Nouvelle Entreprise (demo)",
    "type": "sme",
    "city": "Casablanca",
    "country": "",
    "website": "",
    "description": "",
    "capabilities": "SMT, PCB assembly",
    "production_capacities": "",
    "certifications": "",
}


def a_member_of(slug: str) -> MemberOrganisation:
    return MemberOrganisation.objects.filter(cluster__slug=slug, cluster__locale__language_code="en").first()


def test_a_manager_lists_only_their_own_clusters_members(client, ce3m_manager):
    page = client.get("/admin/members/").content.decode()
    assert a_member_of("ce3m").name.replace("'", "&#x27;") in page
    assert "Conserves de la Békaa (demo)" not in page
    assert "Cartes &amp; Circuits Maghreb (demo)" in page


def test_a_manager_filters_and_chooses_among_their_own_clusters_only(client, ce3m_manager, ce3m, qoot):
    listing = client.get("/admin/members/").content.decode()
    assert f'value="{ce3m.pk}"' in listing and f'value="{qoot.pk}"' not in listing
    form = client.get("/admin/members/new/").context["form"]
    assert list(form.fields["cluster"].queryset) == [ce3m]
    assert form.fields["cluster"].initial == ce3m.pk


def test_a_manager_edits_their_own_clusters_members(client, ce3m_manager, ce3m, committed):
    member = a_member_of("ce3m")
    assert client.get(f"/admin/members/edit/{member.pk}/").status_code == 200
    with committed():
        response = client.post(
            f"/admin/members/edit/{member.pk}/",
            {**NEW_MEMBER, "cluster": ce3m.pk, "name": member.name, "city": "Settat", "seeks_partners": "on"},
        )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.city, member.country, member.seeks_partners) == ("Settat", "MA", True)
    assert sorted(tag.name for tag in member.capabilities.all()) == ["PCB assembly", "SMT"]
    assert member in MemberOrganisation.objects.search("SMT")


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_another_clusters_members_are_not_found(client, ce3m_manager, view):
    member = a_member_of("qoot")
    assert client.get(f"/admin/members/{view}/{member.pk}/").status_code == 404


def test_a_manager_cannot_change_or_delete_another_clusters_member(client, ce3m_manager, ce3m):
    member = a_member_of("qoot")
    assert client.post(f"/admin/members/edit/{member.pk}/", {**NEW_MEMBER, "cluster": ce3m.pk}).status_code == 404
    assert client.post(f"/admin/members/delete/{member.pk}/").status_code == 404
    member.refresh_from_db()
    assert member.name != NEW_MEMBER["name"]


def test_a_manager_cannot_move_a_member_to_another_cluster(client, ce3m_manager, qoot):
    member = a_member_of("ce3m")
    response = client.post(f"/admin/members/edit/{member.pk}/", {**NEW_MEMBER, "cluster": qoot.pk})
    assert response.status_code == 200
    assert "cluster" in response.context["form"].errors
    member.refresh_from_db()
    assert member.cluster_id != qoot.pk


def test_a_manager_creates_members_in_their_own_cluster_only(client, ce3m_manager, ce3m, qoot):
    response = client.post("/admin/members/new/", {**NEW_MEMBER, "cluster": qoot.pk})
    assert response.status_code == 200
    assert "cluster" in response.context["form"].errors
    assert not MemberOrganisation.objects.filter(name=NEW_MEMBER["name"]).exists()

    assert client.post("/admin/members/new/", {**NEW_MEMBER, "cluster": ce3m.pk}).status_code == 302
    created = MemberOrganisation.objects.get(name=NEW_MEMBER["name"])
    assert (created.cluster, created.country) == (ce3m, "MA")


def test_a_name_already_listed_in_the_cluster_is_refused(client, ce3m_manager, ce3m):
    existing = a_member_of("ce3m")
    response = client.post("/admin/members/new/", {**NEW_MEMBER, "cluster": ce3m.pk, "name": existing.name.upper()})
    assert response.status_code == 200
    assert "already lists an organisation with this name" in response.content.decode()


def test_a_manager_deletes_their_own_clusters_member(client, ce3m_manager):
    member = a_member_of("ce3m")
    assert client.post(f"/admin/members/delete/{member.pk}/").status_code == 302
    assert not MemberOrganisation.objects.filter(pk=member.pk).exists()


def test_administrators_manage_every_cluster(client, demo, django_user_model, qoot):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    member = a_member_of("qoot")
    assert client.get(f"/admin/members/edit/{member.pk}/").status_code == 200
    assert "Conserves de la Békaa (demo)" in client.get(f"/admin/members/?cluster={qoot.pk}").content.decode()


def test_registered_partners_have_no_access(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="partner1@example.org"))
    assert client.get("/admin/members/").status_code in (302, 403)
    assert client.get("/admin/members/import/").status_code in (302, 403)
    assert not managed_clusters(django_user_model.objects.get(email="partner1@example.org")).exists()


PEOPLE = {
    "editor of the cluster": lambda own, other: make_editor(own),
    "editor of another cluster": lambda own, other: make_editor(other),
    "inactive editor of the cluster": lambda own, other: make_editor(own, active=False),
    "editor of the clusters index": lambda own, other: make_index_editor(own),
}


@pytest.mark.parametrize(
    ("person", "manages"),
    [
        ("editor of the cluster", True),
        ("editor of another cluster", False),
        ("inactive editor of the cluster", False),
        ("editor of the clusters index", False),
    ],
)
def test_only_the_clusters_managers_list_edit_and_import_its_members(client, db, person, manages):
    own, other = make_cluster("tstc"), make_cluster("othr", "TN")
    member = add_member(own, "Managed Member (test)")
    client.force_login(PEOPLE[person](own, other))

    listing = client.get("/admin/members/")
    assert (listing.status_code == 200 and member.name in listing.content.decode()) is manages
    assert (client.get(f"/admin/members/edit/{member.pk}/").status_code == 200) is manages
    client.post(
        f"/admin/members/edit/{member.pk}/", {**NEW_MEMBER, "cluster": own.pk, "name": member.name, "city": "Settat"}
    )
    member.refresh_from_db()
    assert (member.city == "Settat") is manages

    form = client.get("/admin/members/import/")
    assert (form.status_code == 200 and own in form.context["form"].fields["cluster"].queryset) is manages
    upload = SimpleUploadedFile("members.csv", b"name,type\nImported Member (test),sme\n", content_type="text/csv")
    client.post("/admin/members/import/", {"cluster": own.pk, "file": upload})
    assert MemberOrganisation.objects.filter(cluster=own, name="Imported Member (test)").exists() is manages


def test_edit_rights_on_a_page_above_the_clusters_give_no_rights_on_members(demo):
    moderator = make_index_editor()
    assert not managed_clusters(moderator).exists()
    assert not member_permission_policy.user_has_permission(moderator, "change")
    assert not member_permission_policy.user_has_permission_for_instance(moderator, "change", a_member_of("qoot"))
    assert moderator not in member_permission_policy.users_with_permission("change")


def test_edit_rights_on_a_translation_cover_the_clusters_members(demo, django_user_model):
    translator = django_user_model.objects.create_user(username="translator", email="translator@example.org")
    group = Group.objects.create(name="QOOT Arabic")
    GroupPagePermission.objects.create(
        group=group, page=cluster("qoot", "ar"), permission=Permission.objects.get(codename="change_page")
    )
    translator.groups.add(group)
    assert list(managed_clusters(translator)) == [cluster("qoot")]


def test_the_policy_names_who_may_change_a_member(demo, django_user_model):
    users = member_permission_policy.users_with_permission_for_instance("change", a_member_of("ce3m"))
    emails = set(users.values_list("email", flat=True))
    assert {"manager@ce3m.example.org", "admin@example.org"} <= emails
    assert "manager@qoot.example.org" not in emails
    assert "partner1@example.org" not in emails
    everyone = set(member_permission_policy.users_with_permission("change").values_list("email", flat=True))
    assert {"manager@ce3m.example.org", "manager@qoot.example.org"} <= everyone


@pytest.mark.parametrize("view", ["history", "usage"])
def test_a_manager_opens_the_history_and_usage_of_their_own_clusters_member(client, ce3m_manager, view):
    member = a_member_of("ce3m")
    response = client.get(f"/admin/members/{view}/{member.pk}/")
    assert response.status_code == 200
    assert member.name in response.content.decode()
