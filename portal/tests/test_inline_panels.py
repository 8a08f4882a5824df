"""A form of child objects (a programme's sessions, a cluster page's key figures) whose counts or ids
were tampered with is answered with the form, not a server error; the existing objects stay."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import querydict_from_html

from meetings.models import MeetingProgramme
from tests.factories import cluster

TAMPERED = [
    pytest.param({"INITIAL_FORMS": "3", "TOTAL_FORMS": "3"}, id="forms-announced-without-ids"),
    pytest.param({"INITIAL_FORMS": "99999999999999999999999", "TOTAL_FORMS": "99999999999999999999999"}, id="huge"),
    pytest.param({"INITIAL_FORMS": "1", "TOTAL_FORMS": "1", "0-id": "not-an-id"}, id="id-not-a-number"),
]


@pytest.fixture
def administrator(client, demo):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    return client


def formset(prefix: str, fields: dict[str, str]) -> dict[str, str]:
    fields = {"MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000", **fields}
    return {f"{prefix}-{name}": value for name, value in fields.items()}


@pytest.mark.parametrize("tampered", TAMPERED)
def test_a_programme_with_tampered_sessions_is_answered_with_the_form(administrator, tampered):
    programme = MeetingProgramme.objects.get()
    sessions = programme.sessions.count()
    data = {
        "event": programme.event_id,
        "request_quota": "5",
        "request_expiry_hours": "48",
        "reminder_hours": "12",
        **formset("sessions", tampered),
        **formset("opportunity_types", {"INITIAL_FORMS": "0", "TOTAL_FORMS": "0"}),
    }
    response = administrator.post(f"/admin/b2b_meetings/edit/{programme.pk}/", data)
    assert response.status_code in (200, 302)
    assert programme.sessions.count() == sessions


@pytest.mark.parametrize("tampered", TAMPERED)
def test_a_cluster_page_with_tampered_key_figures_is_answered_with_the_form(administrator, tampered):
    page = cluster("ce3m")
    figures = len(page.key_figures.all())
    data = {
        "title": page.title,
        "slug": page.slug,
        **formset("key_figures", tampered),
        **formset("contacts", {"INITIAL_FORMS": "0", "TOTAL_FORMS": "0"}),
    }
    response = administrator.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200  # the form, with what is missing
    page.refresh_from_db()
    assert len(page.key_figures.all()) == figures


def edit_form(client, page) -> dict:
    return querydict_from_html(client.get(f"/admin/pages/{page.pk}/edit/").content.decode(), form_id="page-edit-form")


@pytest.mark.parametrize("draft_first", [False, True], ids=["published", "saved-as-draft-then-published"])
def test_the_page_editor_saves_a_key_figure_added_to_the_existing_ones(administrator, draft_first):
    page = cluster("ce3m")
    before = [figure.value for figure in page.key_figures.all()]
    data = edit_form(administrator, page)
    added = int(data["key_figures-TOTAL_FORMS"])
    data.update(
        {
            "key_figures-TOTAL_FORMS": str(added + 1),
            f"key_figures-{added}-value": "12",
            f"key_figures-{added}-label": "Laboratories",
            f"key_figures-{added}-year": "2025",
            f"key_figures-{added}-ORDER": str(added + 1),
        }
    )
    if draft_first:  # the draft's new figure has no id yet when the editor opens again
        assert administrator.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
        data = edit_form(administrator, page)
        assert data[f"key_figures-{added}-id"] == ""
    data["action-publish"] = "action-publish"
    assert administrator.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    page.refresh_from_db()
    assert sorted(figure.value for figure in page.key_figures.all()) == sorted([*before, "12"])
