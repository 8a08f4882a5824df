"""Managers enter their own clusters' figures in the admin, and no other cluster's."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.users.models import UserProfile

from observatory.models import ClusterYearFigures
from tests.factories import cluster

FIGURES = {
    "source": "Annual report",
    "smes": "95",
    "large_companies": "5",
    "universities": "",
    "associations": "",
    "jobs": "",
    "startups_supported": "",
    "products_launched": "",
    "collaborative_projects": "",
    "international_fairs": "",
    "fairs_named": "",
    "turnover_band": "",
    "funding_amount": "250000",
    "funding_currency": "MAD",
}


@pytest.fixture
def ce3m(demo):
    return cluster("ce3m")


@pytest.fixture
def qoot(demo):
    return cluster("qoot")


@pytest.fixture
def login(client, django_user_model):
    def as_user(email: str):
        client.force_login(django_user_model.objects.get(email=email))
        return client

    return as_user


@pytest.fixture
def qoot_figures(qoot):
    return ClusterYearFigures.objects.create(cluster=qoot, year=2024, source="QOOT's survey", smes=12)


def test_a_manager_lists_only_their_own_clusters_figures(login, ce3m, qoot_figures):
    page = login("manager@ce3m.example.org").get("/admin/cluster_figures/").content.decode()
    assert "Interview of CE3M by Berytech" in page
    assert "QOOT&#x27;s survey" not in page


def test_another_clusters_figures_are_not_found(login, qoot_figures):
    client = login("manager@ce3m.example.org")
    for screen in ("edit", "delete", "history", "usage"):
        assert client.get(f"/admin/cluster_figures/{screen}/{qoot_figures.pk}/").status_code == 404
    response = client.post(
        f"/admin/cluster_figures/edit/{qoot_figures.pk}/",
        {**FIGURES, "cluster": qoot_figures.cluster_id, "year": "2024"},
    )
    assert response.status_code == 404
    qoot_figures.refresh_from_db()
    assert qoot_figures.smes == 12


def test_a_manager_chooses_among_their_own_clusters_only(login, ce3m, qoot):
    form = login("manager@ce3m.example.org").get("/admin/cluster_figures/new/").context["form"]
    assert list(form.fields["cluster"].queryset) == [ce3m]
    response = login("manager@ce3m.example.org").post(
        "/admin/cluster_figures/new/", {**FIGURES, "cluster": qoot.pk, "year": "2024"}
    )
    assert response.status_code == 200
    assert "cluster" in response.context["form"].errors
    assert not ClusterYearFigures.objects.filter(cluster=qoot).exists()


def test_a_manager_enters_a_year(login, ce3m):
    response = login("manager@ce3m.example.org").post(
        "/admin/cluster_figures/new/", {**FIGURES, "cluster": ce3m.pk, "year": "2024"}
    )
    assert response.status_code == 302
    figures = ClusterYearFigures.objects.get(cluster=ce3m, year=2024)
    assert (figures.smes, figures.large_companies, figures.universities, figures.members) == (95, 5, None, 100)
    assert (figures.funding_amount, figures.funding_currency) == (250000, "MAD")


def errors_for(client, ce3m, **changes) -> dict:
    response = client.post("/admin/cluster_figures/new/", {**FIGURES, "cluster": ce3m.pk, **changes})
    assert response.status_code == 200
    return response.context["form"].errors


def test_a_year_is_required_and_numbers_are_not_negative(login, ce3m):
    client = login("manager@ce3m.example.org")
    assert "year" in errors_for(client, ce3m, year="")
    errors = errors_for(client, ce3m, year="2024", smes="-3", funding_amount="-1")
    assert set(errors) == {"smes", "funding_amount"}
    next_year = str(timezone.now().year + 1)
    assert errors_for(client, ce3m, year=next_year)["year"] == ["The figures of a year to come cannot be known yet."]
    assert not ClusterYearFigures.objects.filter(cluster=ce3m).exclude(year=2023).exists()


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "The figures of 2023 are already entered for this cluster: edit them instead."),
        ("fr", "Les chiffres de 2023 sont déjà saisis pour ce cluster : modifiez-les plutôt."),
        ("ar", "أرقام 2023 مُدخلة بالفعل لهذا التجمع: عدّلها بدلًا من ذلك."),
    ],
)
def test_a_year_entered_twice_is_refused_with_the_reason(login, ce3m, language, reason):
    client = login("manager@ce3m.example.org")
    profile = UserProfile.get_for_user(get_user_model().objects.get(email="manager@ce3m.example.org"))
    profile.preferred_language = language
    profile.save()
    errors = errors_for(client, ce3m, year="2023")
    assert errors == {"year": [reason]}
    assert ClusterYearFigures.objects.filter(cluster=ce3m, year=2023).count() == 1
