"""Organisers set up their own events' meetings in the admin, and see how they went; nobody else does."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model

from meetings import services
from meetings.models import MeetingProgramme
from meetings.permissions import programme_permission_policy
from tests.factories import cluster, make_editor, make_index_editor

from . import factories


@pytest.fixture
def manager(client):
    def login(slug: str):
        user = get_user_model().objects.get(email=f"manager@{slug}.example.org")
        client.force_login(user)
        return user

    return login


def form_data(event_id: int, **fields) -> dict:
    data = {
        "event": event_id,
        "enabled": "on",
        "request_quota": 5,
        "request_expiry_hours": 48,
        "reminder_hours": 12,
        "sessions-TOTAL_FORMS": 0,
        "sessions-INITIAL_FORMS": 0,
        "sessions-MIN_NUM_FORMS": 0,
        "sessions-MAX_NUM_FORMS": 1000,
        "opportunity_types-TOTAL_FORMS": 0,
        "opportunity_types-INITIAL_FORMS": 0,
        "opportunity_types-MIN_NUM_FORMS": 0,
        "opportunity_types-MAX_NUM_FORMS": 1000,
    }
    data.update(fields)
    return data


def session_rows(*sessions) -> dict:
    data = {"sessions-TOTAL_FORMS": len(sessions)}
    for index, (start, end) in enumerate(sessions):
        data.update(
            {
                f"sessions-{index}-starts_at": start,
                f"sessions-{index}-ends_at": end,
                f"sessions-{index}-meeting_minutes": 20,
                f"sessions-{index}-tables": 8,
                f"sessions-{index}-ORDER": index,
            }
        )
    return data


def test_the_organisers_set_up_meetings_with_sessions_and_their_own_opportunity_type(client, manager, techdays):
    manager("ce3m")
    assert client.get("/admin/b2b_meetings/new/").status_code == 200
    data = form_data(
        techdays.pk,
        **session_rows(("2031-05-20 10:00", "2031-05-20 12:00")),
        **{
            "opportunity_types-TOTAL_FORMS": 1,
            "opportunity_types-0-slug": "aerospace-offsets",
            "opportunity_types-0-name_en": "Aerospace offsets",
            "opportunity_types-0-name_fr": "Compensations aéronautiques",
            "opportunity_types-0-name_ar": "المقاصة في الطيران",
        },
    )
    response = client.post("/admin/b2b_meetings/new/", data)
    assert response.status_code == 302, response.context["form"].errors
    programme = MeetingProgramme.objects.get(event=techdays)
    assert programme.enabled and programme.request_quota == 5
    assert [(s.meeting_minutes, s.tables) for s in programme.sessions.all()] == [(20, 8)]
    assert list(programme.opportunity_types.values_list("slug", flat=True)) == ["aerospace-offsets"]


def test_overlapping_sessions_are_refused(client, manager, techdays):
    manager("ce3m")
    data = form_data(
        techdays.pk, **session_rows(("2031-05-20 10:00", "2031-05-20 12:00"), ("2031-05-20 11:00", "2031-05-20 13:00"))
    )
    response = client.post("/admin/b2b_meetings/new/", data)
    assert response.status_code == 200
    assert "Sessions must not overlap." in response.content.decode()
    assert not MeetingProgramme.objects.filter(event=techdays).exists()


def test_a_session_outside_the_event_is_refused(client, manager, techdays):
    manager("ce3m")
    response = client.post(
        "/admin/b2b_meetings/new/", form_data(techdays.pk, **session_rows(("2031-05-25 10:00", "2031-05-25 12:00")))
    )
    assert response.status_code == 200
    assert "A session must take place during the event" in response.content.decode()
    assert not MeetingProgramme.objects.filter(event=techdays).exists()


@pytest.mark.parametrize(("plenary", "accepted"), [(True, False), (False, True)])
def test_a_session_may_not_clash_with_a_plenary_item_of_the_programme(client, manager, techdays, plenary, accepted):
    item = {"day": "2031-05-20", "start_time": "11:00", "end_time": "12:00", "title": "Opening keynote"}
    techdays.programme = [("session", {**item, "plenary": plenary})]
    techdays.save_revision().publish()
    manager("ce3m")
    response = client.post(
        "/admin/b2b_meetings/new/", form_data(techdays.pk, **session_rows(("2031-05-20 10:00", "2031-05-20 12:00")))
    )
    assert MeetingProgramme.objects.filter(event=techdays).exists() is accepted
    if not accepted:
        assert "clashes with “Opening keynote”" in response.content.decode()


def test_another_clusters_manager_neither_sees_nor_edits_nor_chooses_the_event(client, manager, b2b, techdays):
    manager("qoot")
    assert str(techdays.title) not in client.get("/admin/b2b_meetings/").content.decode()
    for path in (
        f"/admin/b2b_meetings/edit/{b2b.pk}/",
        f"/admin/b2b_meetings/delete/{b2b.pk}/",
        f"/admin/b2b_meetings/report/{b2b.pk}/",
    ):
        assert client.get(path, follow=True).status_code in (403, 404), path
    assert client.post(f"/admin/b2b_meetings/edit/{b2b.pk}/", form_data(techdays.pk), follow=True).status_code in (
        403,
        404,
    )
    b2b.refresh_from_db()
    assert b2b.request_quota == 3
    form = client.get("/admin/b2b_meetings/new/").context["form"]
    assert techdays.pk not in [event.pk for event in form.fields["event"].queryset]


@pytest.mark.parametrize("view", ["history", "usage"])
def test_the_organisers_open_the_history_and_usage_of_their_programme(client, manager, b2b, techdays, view):
    manager("ce3m")
    response = client.get(f"/admin/b2b_meetings/{view}/{b2b.pk}/")
    assert response.status_code == 200
    assert str(techdays.title) in response.content.decode()
    manager("qoot")
    assert client.get(f"/admin/b2b_meetings/{view}/{b2b.pk}/", follow=True).status_code in (403, 404)


PEOPLE = {
    "an editor of the organising cluster": (lambda: make_editor(cluster("ce3m")), True),
    "an editor of another cluster": (lambda: make_editor(cluster("qoot")), False),
    "an inactive editor of the organising cluster": (lambda: make_editor(cluster("ce3m"), active=False), False),
    "an editor of the clusters index only": (make_index_editor, False),
}


@pytest.mark.parametrize("who", list(PEOPLE))
def test_only_the_organising_clusters_active_editors_manage_its_meetings(client, b2b, techdays, who):
    make, manages = PEOPLE[who]
    person = make()
    client.force_login(person)
    listing = client.get("/admin/b2b_meetings/")
    assert (listing.status_code == 200 and str(techdays.title) in listing.content.decode()) == manages
    for path in (f"/admin/b2b_meetings/edit/{b2b.pk}/", f"/admin/b2b_meetings/report/{b2b.pk}/"):
        assert (client.get(path).status_code == 200) == manages, path
    client.post(f"/admin/b2b_meetings/edit/{b2b.pk}/", form_data(techdays.pk, request_quota=7))
    b2b.refresh_from_db()
    assert (b2b.request_quota == 7) == manages
    assert (person in programme_permission_policy.users_with_any_permission_for_instance(["change"], b2b)) == manages


def test_partners_have_no_access_to_the_admin_pages(client, b2b):
    client.force_login(get_user_model().objects.get(email="partner1@example.org"))
    assert client.get(f"/admin/b2b_meetings/edit/{b2b.pk}/").status_code in (302, 403, 404)


def test_a_session_with_meetings_cannot_be_removed(client, manager, b2b, techdays, amina, karim, before_event):
    services.accept_request(services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event)
    session = b2b.sessions.get()
    manager("ce3m")
    data = form_data(
        techdays.pk,
        request_quota=3,
        **{
            "sessions-TOTAL_FORMS": 1,
            "sessions-INITIAL_FORMS": 1,
            "sessions-0-id": session.pk,
            "sessions-0-starts_at": session.starts_at.strftime("%Y-%m-%d %H:%M"),
            "sessions-0-ends_at": session.ends_at.strftime("%Y-%m-%d %H:%M"),
            "sessions-0-meeting_minutes": 30,
            "sessions-0-tables": 2,
            "sessions-0-DELETE": "on",
        },
    )
    response = client.post(f"/admin/b2b_meetings/edit/{b2b.pk}/", data)
    assert response.status_code == 200
    assert "This session has meetings; it cannot be removed." in response.content.decode()
    assert b2b.sessions.exists()


def test_the_report_shows_the_events_totals_to_its_organisers(
    client, manager, b2b, techdays, amina, karim, before_event
):
    meeting = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    after = techdays.end + timedelta(days=1)
    services.rate_meeting(meeting, amina.user, "cooperation", now=after)
    services.rate_meeting(meeting, karim.user, "informative", now=after)
    for slug in ("ce3m", None):
        if slug:
            manager(slug)
        else:
            client.force_login(get_user_model().objects.get(email="admin@example.org"))
        response = client.get(f"/admin/b2b_meetings/report/{b2b.pk}/")
        assert response.status_code == 200
        rows = dict(response.context["ratings"])
        assert rows["Cooperation possible"] == 1 and rows["Informative, no cooperation planned"] == 1
        assert response.context["totals"].meetings == 1 and response.context["totals"].participants == 2


def test_a_session_with_meetings_keeps_its_times_and_the_tables_in_use(
    client, manager, b2b, techdays, amina, karim, lucia, before_event
):
    services.accept_request(services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event)
    omar = factories.participant(b2b, "omar@example.org")
    second = services.accept_request(
        services.send_request(lucia, omar, "2", now=before_event).pk, omar.user, before_event
    )
    assert second.table == 2
    session = b2b.sessions.get()
    manager("ce3m")

    def edit(**changes):
        row = {
            "starts_at": session.starts_at.strftime("%Y-%m-%d %H:%M"),
            "ends_at": session.ends_at.strftime("%Y-%m-%d %H:%M"),
            "meeting_minutes": 30,
            "tables": 2,
            **changes,
        }
        data = form_data(
            techdays.pk,
            request_quota=3,
            **{"sessions-TOTAL_FORMS": 1, "sessions-INITIAL_FORMS": 1, "sessions-0-id": session.pk},
            **{f"sessions-0-{name}": value for name, value in row.items()},
        )
        return client.post(f"/admin/b2b_meetings/edit/{b2b.pk}/", data)

    assert "its times and meeting length can no longer change" in edit(meeting_minutes=20).content.decode()
    assert "Table 2 has meetings in this session." in edit(tables=1).content.decode()
    assert edit(tables=5).status_code == 302
    session.refresh_from_db()
    assert (session.meeting_minutes, session.tables) == (30, 5)


@pytest.mark.parametrize("event", ["not-a-number", "\ufffd\ufffd", "99999999999999999999999"])
def test_a_programme_naming_no_event_is_refused_with_the_form(client, demo, manager, event):
    manager("ce3m")
    response = client.post("/admin/b2b_meetings/new/", form_data(0) | {"event": event})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not MeetingProgramme.objects.filter(request_quota=5).exists()
