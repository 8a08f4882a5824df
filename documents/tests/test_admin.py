"""Each cluster's managers manage its documents in the admin, and nobody else's."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model

from documents.models import LibraryDocument
from documents.permissions import library_permission_policy
from tests.factories import cluster

from .factories import library_document


@pytest.fixture
def manager(client):
    """Log in as the demo manager of a cluster, by its slug."""
    return lambda slug: client.force_login(get_user_model().objects.get(email=f"manager@{slug}.example.org"))


def form_data(cluster_pk: int, file_pk: int, **fields) -> dict:
    return {
        "cluster": cluster_pk,
        "title": "Export guide",
        "type": "brochure",
        "language": "fr",
        "year": 2025,
        "summary": "",
        "file": file_pk,
        **fields,
    }


def test_managers_list_their_own_clusters_documents_only(client, manager, demo):
    qoot_study = library_document(cluster("qoot"), "Olive chain study")
    manager("qoot")
    listed = [entry.title for entry in client.get("/admin/document_library/").context["object_list"]]
    assert listed == ["Olive chain study"]
    manager("ce3m")
    listed = {entry.title for entry in client.get("/admin/document_library/").context["object_list"]}
    assert "Olive chain study" not in listed and "CE3M annual report 2024 (demo)" in listed
    assert client.get(f"/admin/document_library/edit/{qoot_study.pk}/").status_code == 404
    assert client.post(f"/admin/document_library/delete/{qoot_study.pk}/").status_code == 404
    assert LibraryDocument.objects.filter(pk=qoot_study.pk).exists()


def test_a_manager_adds_a_document_to_their_own_cluster_only(client, manager, demo):
    file = get_document_model().objects.first()
    manager("ce3m")
    form = client.get("/admin/document_library/new/").context["form"]
    assert [c.slug for c in form.fields["cluster"].queryset] == ["ce3m"]
    refused = client.post("/admin/document_library/new/", form_data(cluster("qoot").pk, file.pk))
    assert refused.status_code == 200 and "cluster" in refused.context["form"].errors
    response = client.post("/admin/document_library/new/", form_data(cluster("ce3m").pk, file.pk))
    assert response.status_code == 302
    assert LibraryDocument.objects.get(title="Export guide").cluster == cluster("ce3m")


def test_a_manager_edits_their_own_document(client, manager, demo):
    entry = LibraryDocument.objects.get(title="CE3M annual report 2024 (demo)")
    manager("ce3m")
    data = form_data(entry.cluster_id, entry.file_id, title="CE3M annual report 2024")
    assert client.post(f"/admin/document_library/edit/{entry.pk}/", data).status_code == 302
    entry.refresh_from_db()
    assert entry.title == "CE3M annual report 2024"


def test_the_policy_follows_the_cluster_manager_rule(demo):
    entry = LibraryDocument.objects.filter(cluster__slug="ce3m").first()
    users = get_user_model().objects
    ce3m, qoot, partner, admin = (
        users.get(email=email)
        for email in (
            "manager@ce3m.example.org",
            "manager@qoot.example.org",
            "partner1@example.org",
            "admin@example.org",
        )
    )
    assert library_permission_policy.user_has_permission_for_instance(ce3m, "change", entry)
    assert library_permission_policy.user_has_permission_for_instance(admin, "delete", entry)
    assert not library_permission_policy.user_has_permission_for_instance(qoot, "change", entry)
    assert not library_permission_policy.user_has_permission(partner, "add")
    assert set(library_permission_policy.users_with_any_permission_for_instance(["change"], entry)) >= {ce3m, admin}
    assert qoot not in library_permission_policy.users_with_any_permission_for_instance(["change"], entry)


def test_a_file_that_is_not_an_id_is_refused_not_a_server_error(client, manager, demo):
    manager("ce3m")
    response = client.post("/admin/document_library/new/", form_data(cluster("ce3m").pk, "b"))
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
