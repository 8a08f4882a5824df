"""Cluster profiles: validation of what managers type, and the API representation."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from tests.factories import cluster


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("founded_year", date.today().year + 1),
        ("latitude", Decimal("91")),
        ("longitude", Decimal("-181")),
        ("smes", -3),
    ],
)
def test_impossible_values_are_refused_with_a_message(demo, field, value):
    page = cluster("ce3m")
    setattr(page, field, value)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict or "longitude" in error.value.message_dict


def test_half_a_coordinate_is_refused(demo):
    page = cluster("ce3m")
    page.longitude = None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "longitude" in error.value.message_dict


def test_admin_form_re_renders_with_the_error_and_saves_nothing(client, demo, django_user_model):
    page = cluster("ce3m")
    client.force_login(django_user_model.objects.get(email="manager@ce3m.example.org"))
    revisions = page.revisions.count()
    data = nested_form_data(
        {
            "title": "CE3M",
            "slug": "ce3m",
            "summary": "Changed summary",
            "country": "MA",
            "founded_year": date.today().year + 5,
            **dict.fromkeys(("smes", "large_companies", "universities", "associations", "startups"), 0),
            "key_figures": inline_formset([]),
            "contacts": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "The year founded cannot be in the future." in response.content.decode()
    assert page.revisions.count() == revisions
    assert cluster("ce3m").summary != "Changed summary"


def test_api_exposes_the_structured_profile(client, demo):
    response = client.get(
        "/api/v2/pages/", {"type": "clusters.ClusterPage", "fields": "*", "slug": "ce3m", "locale": "en"}
    )
    [item] = response.json()["items"]
    assert item["country"] == "MA" and item["founded_year"] == 2010
    assert {"energy", "aeronautics"} <= {sector["slug"] for sector in item["sectors"]}
    assert {"value": "60+", "label": "startups supported", "year": 2023} in [
        {key: figure[key] for key in ("value", "label", "year")} for figure in item["key_figures"]
    ]
    assert item["member_counts_by_type"]["sme"] == 90
