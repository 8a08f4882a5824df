"""Portal administrators switch review on per cluster; its editors then submit instead of publishing."""

import pytest

from clusters.models import ClusterPage
from clusters.services import ensure_editors_group, review_required
from tests.factories import cluster


def test_review_switch_takes_publishing_away_from_that_clusters_editors_only(client, demo, django_user_model):
    ce3m = cluster("ce3m")
    qoot = cluster("qoot")
    manager = django_user_model.objects.get(email="manager@ce3m.example.org")
    client.force_login(django_user_model.objects.get(email="admin@example.org"))

    response = client.post("/admin/clusters/review/", {"cluster": ce3m.pk, "review": "on"})
    assert response.status_code == 302
    assert review_required(ce3m) and not review_required(qoot)
    for page in ClusterPage.objects.filter(translation_key=ce3m.translation_key):
        permissions = page.permissions_for_user(manager)
        assert permissions.can_edit() and not permissions.can_publish()

    ensure_editors_group(ce3m)  # re-running the group set-up keeps review on
    assert review_required(ce3m)

    client.post("/admin/clusters/review/", {"cluster": ce3m.pk, "review": "off"})
    assert not review_required(ce3m)
    manager = django_user_model.objects.get(pk=manager.pk)  # permissions are cached per user object
    assert ce3m.permissions_for_user(manager).can_publish()


def test_only_portal_administrators_switch_review(client, demo, django_user_model):
    ce3m = cluster("ce3m")
    client.force_login(django_user_model.objects.get(email="manager@ce3m.example.org"))
    assert client.post("/admin/clusters/review/", {"cluster": ce3m.pk, "review": "on"}).status_code in (302, 403)
    assert not review_required(ce3m)


def test_review_screen_lists_every_cluster(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    page = client.get("/admin/clusters/review/").content.decode()
    for name in ("CE3M", "QOOT", "Valbiom", "Textile Technique du Sahel"):
        assert name in page


@pytest.mark.parametrize("named", ["", "ce3m", "\ufffd\ufffd", "-1", "1.5"])
def test_a_review_switch_naming_no_cluster_is_not_found(client, demo, django_user_model, named):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    assert client.post("/admin/clusters/review/", {"cluster": named, "review": "on"}).status_code == 404
    assert not review_required(cluster("ce3m"))
