"""The one rule for who manages a cluster: its editors group and the administrators, when active."""

import pytest
from django.contrib.auth.models import AnonymousUser

from clusters.models import ClusterPage
from clusters.permissions import (
    cluster_managers,
    managed_clusters,
    manages_any_cluster,
    manages_cluster,
    users_managing,
)
from tests.factories import cluster, make_editor, make_index_editor


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_an_editor_manages_their_cluster_in_every_language_and_no_other(demo, language):
    editor = make_editor(cluster("ce3m"))
    assert manages_cluster(editor, cluster("ce3m", language))
    assert not manages_cluster(editor, cluster("qoot", language))
    assert [page.slug for page in managed_clusters(editor)] == ["ce3m"]
    assert manages_any_cluster(editor)


def test_an_inactive_editor_manages_nothing(demo):
    editor = make_editor(cluster("ce3m"), active=False)
    assert not manages_cluster(editor, cluster("ce3m"))
    assert not managed_clusters(editor).exists()
    assert editor not in cluster_managers(cluster("ce3m"))


def test_rights_on_the_clusters_index_do_not_make_a_manager(demo):
    person = make_index_editor()
    assert cluster("ce3m").permissions_for_user(person).can_edit()  # Wagtail lets them edit the page…
    assert not manages_cluster(person, cluster("ce3m"))  # …but the cluster's space is its editors'
    assert not manages_any_cluster(person)


def test_administrators_manage_every_cluster(demo, django_user_model):
    admin = django_user_model.objects.get(email="admin@example.org")
    assert all(manages_cluster(admin, page) for page in ClusterPage.objects.all())
    assert managed_clusters(admin).count() == ClusterPage.objects.filter(locale__language_code="en").count()


def test_the_people_told_about_a_cluster_are_its_active_editors(demo, django_user_model):
    ce3m = cluster("ce3m")
    active, _inactive = make_editor(ce3m), make_editor(ce3m, active=False)
    make_editor(cluster("qoot"))
    told = set(cluster_managers(cluster("ce3m", "ar")).values_list("email", flat=True))
    assert told == {"manager@ce3m.example.org", active.email}
    everyone = set(users_managing(ClusterPage.objects.filter(pk=ce3m.pk)).values_list("email", flat=True))
    assert everyone == told | set(
        django_user_model.objects.filter(is_superuser=True, is_active=True).values_list("email", flat=True)
    )


def test_anonymous_visitors_manage_nothing(demo):
    assert not manages_cluster(AnonymousUser(), cluster("ce3m"))
    assert not managed_clusters(AnonymousUser()).exists()
