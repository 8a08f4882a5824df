"""A cluster's manager edits their own cluster's space, in every language, and nothing else."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from clusters.models import ClusterPage
from clusters.services import cluster_collection
from tests.factories import cluster


@pytest.fixture
def ce3m_manager(client, demo, django_user_model):
    user = django_user_model.objects.get(email="manager@ce3m.example.org")
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_manager_edits_their_own_cluster_in_every_language(client, ce3m_manager, language):
    page = cluster("ce3m", language)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert page.permissions_for_user(ce3m_manager).can_publish()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_manager_cannot_edit_another_cluster(client, ce3m_manager, language):
    qoot = cluster("qoot", language)
    assert client.get(f"/admin/pages/{qoot.pk}/edit/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{qoot.pk}/edit/", {"title": "Hijacked", "slug": "qoot", "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    qoot.refresh_from_db()
    assert qoot.title != "Hijacked"


def test_manager_cannot_add_move_copy_or_delete_elsewhere(client, ce3m_manager):
    qoot, index = cluster("qoot"), cluster("ce3m").get_parent()
    assert client.get(f"/admin/pages/add/clusters/clusterpage/{index.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{qoot.pk}/delete/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{qoot.pk}/move/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{qoot.pk}/copy/",
        {"new_title": "Copy", "new_slug": "qoot-copy", "new_parent_page": cluster("ce3m").pk},
    )
    assert not ClusterPage.objects.filter(slug="qoot-copy").exists()
    assert response.status_code in (200, 302, 403)
    ce3m = cluster("ce3m")
    client.post(f"/admin/pages/{ce3m.pk}/move/{index.get_parent().pk}/confirm/")
    ce3m.refresh_from_db()
    assert ce3m.get_parent().pk == index.pk


def test_manager_only_sees_their_clusters_images_and_documents(client, ce3m_manager):
    qoot_image = Image.objects.create(
        title="QOOT logo", file=get_test_image_file(), collection=cluster_collection(cluster("qoot"))
    )
    own_image = Image.objects.create(
        title="CE3M logo", file=get_test_image_file(), collection=cluster_collection(cluster("ce3m"))
    )
    qoot_doc = Document.objects.create(
        title="QOOT report",
        file=SimpleUploadedFile("report.pdf", b"%PDF-1.4"),
        collection=cluster_collection(cluster("qoot")),
    )
    assert client.get(f"/admin/images/{own_image.pk}/").status_code == 200
    assert client.get(f"/admin/images/{qoot_image.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/images/{qoot_image.pk}/delete/").status_code in (302, 403)
    assert client.get(f"/admin/documents/edit/{qoot_doc.pk}/").status_code in (302, 403)
    listing = client.get("/admin/images/").content.decode()
    assert "CE3M logo" in listing and "QOOT logo" not in listing


def test_api_exposes_only_published_pages_and_refuses_writes(client, demo):
    qoot = cluster("qoot")
    qoot.title = "Draft title"
    qoot.save_revision()  # a draft, not published
    response = client.get("/api/v2/pages/", {"type": "clusters.ClusterPage", "fields": "title", "limit": 50})
    titles = [item["title"] for item in response.json()["items"]]
    assert "Draft title" not in titles and "QOOT" in titles
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code in (403, 405)
    assert client.delete(f"/api/v2/pages/{qoot.pk}/").status_code in (403, 405)
