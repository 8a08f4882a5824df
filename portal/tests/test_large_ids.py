"""An id larger than any database column holds (typed into a form, a filter or an address) finds
nothing, on SQLite as on PostgreSQL: the screen says so instead of failing."""

import pytest
from django.contrib.auth import get_user_model

from clusters.models import ClusterPage, Sector

TOO_LARGE = 2**70


def test_the_database_finds_no_row_for_an_id_too_large(demo):
    assert not ClusterPage.objects.filter(pk=TOO_LARGE).exists()
    assert not Sector.objects.filter(pk__in=[1, TOO_LARGE]).exclude(pk=1).exists()
    assert Sector.objects.filter(pk__gt=-TOO_LARGE).count() == Sector.objects.count()
    assert not Sector.objects.filter(pk__gt=TOO_LARGE).exists()


@pytest.fixture
def administrator(client, demo):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    return client


def test_the_member_list_filtered_by_an_unknown_cluster_answers(administrator):
    response = administrator.get("/admin/members/", {"cluster": str(TOO_LARGE)})
    assert response.status_code == 200


def test_inviting_a_manager_to_an_unknown_cluster_is_an_invalid_choice(administrator):
    response = administrator.post(
        "/admin/clusters/invite/", {"email": "new@example.org", "cluster": str(TOO_LARGE), "language": "en"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_the_review_switch_of_an_unknown_cluster_is_not_found(administrator):
    response = administrator.post("/admin/clusters/review/", {"cluster": str(TOO_LARGE), "review": "on"})
    assert response.status_code == 404
