"""Managers see on their dashboard how complete their cluster's profile is, and what is missing."""

from datetime import date

from clusters.completeness import profile_completeness
from clusters.models import ClusterContact
from tests.factories import cluster


def test_demo_ce3m_profile_lacks_its_team_and_logo(demo):
    result = profile_completeness(cluster("ce3m"))
    missing = [str(item) for item in result.missing]
    assert "Management team named" in missing
    assert "Logo" in missing
    assert "English version published" not in missing
    assert "At least two types of members" not in missing
    assert 0 < result.percent < 100


def test_naming_the_team_and_dating_figures_raise_the_score(demo):
    page = cluster("ce3m")
    before = profile_completeness(page).percent
    ClusterContact.objects.create(page=page, name="Nadia B.", role="Cluster manager", is_management=True)
    assert profile_completeness(page).percent > before


def test_old_figures_are_reported(demo):
    page = cluster("ce3m")
    page.key_figures.update(year=date.today().year - 6)
    missing = [str(item) for item in profile_completeness(page).missing]
    assert "Key figures dated within the last three years" in missing


def test_dashboard_shows_only_the_managers_own_cluster(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="manager@qoot.example.org"))
    page = client.get("/admin/").content.decode()
    assert "Cluster profile completeness" in page
    assert "QOOT" in page and "Management team named" in page
    assert "CE3M" not in page
