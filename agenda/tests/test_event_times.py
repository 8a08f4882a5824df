"""The event editor shows and reads an event's times in the event's own time zone, as the public
page shows them, whatever the server's or the editor's time zone."""

import re
from datetime import UTC, datetime

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from agenda.models import EventPage
from tests.factories import cluster

from .test_manager_events import add_event, edit_event, form_data, manager

pytestmark = pytest.mark.django_db

DAY = "2031-10-14"  # Casablanca at UTC+1, Beirut at UTC+3


def times(time_zone: str, **fields) -> dict:
    return form_data(
        cluster("ce3m"),
        time_zone=time_zone,
        start=f"{DAY} 09:00",
        end=f"{DAY} 17:00",
        registration_closes_at="2031-10-10 18:00",
        **fields,
    )


def added(client, time_zone: str) -> EventPage:
    client.force_login(manager("ce3m"))
    assert add_event(client, times(time_zone)).status_code == 302
    return EventPage.objects.get(slug="ce3m-power-electronics-workshop")


def field_value(form: str, name: str) -> str:
    return re.search(rf'name="{name}"[^>]*value="([^"]*)"', form).group(1)


def test_times_entered_are_the_events_own_and_shown_back_as_entered(client, demo):
    event = added(client, "Africa/Casablanca")

    assert event.start.astimezone(UTC) == datetime(2031, 10, 14, 8, 0, tzinfo=UTC)
    assert event.end.astimezone(UTC) == datetime(2031, 10, 14, 16, 0, tzinfo=UTC)
    assert event.registration_closes_at.astimezone(UTC) == datetime(2031, 10, 10, 17, 0, tzinfo=UTC)
    form = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert field_value(form, "start") == f"{DAY} 09:00"
    assert field_value(form, "end") == f"{DAY} 17:00"
    assert field_value(form, "registration_closes_at") == "2031-10-10 18:00"
    client.logout()
    page = client.get(event.url).content.decode()
    assert "9 a.m." in page and "5 p.m." in page


def test_beirut_times_and_a_changed_time_zone_reread_the_times_entered(client, demo):
    event = added(client, "Asia/Beirut")
    assert event.start.astimezone(UTC) == datetime(2031, 10, 14, 6, 0, tzinfo=UTC)
    assert event.registration_closes_at.astimezone(UTC) == datetime(2031, 10, 10, 15, 0, tzinfo=UTC)

    assert edit_event(client, event, times("Africa/Casablanca")).status_code == 302
    event.refresh_from_db()
    assert event.time_zone == "Africa/Casablanca"
    assert event.start.astimezone(UTC) == datetime(2031, 10, 14, 8, 0, tzinfo=UTC)


def test_the_editors_own_time_zone_changes_nothing(client, demo):
    profile = UserProfile.get_for_user(manager("ce3m"))
    profile.current_time_zone = "Asia/Tokyo"
    profile.save()
    event = added(client, "Africa/Casablanca")
    assert event.start.astimezone(UTC) == datetime(2031, 10, 14, 8, 0, tzinfo=UTC)
    form = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert field_value(form, "start") == f"{DAY} 09:00"


def test_times_entered_in_a_translation_are_the_same_instant_in_every_language(client, demo):
    event = added(client, "Africa/Casablanca")
    french = event.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.organiser = cluster("ce3m", "fr")
    french.save_revision()

    data = times("Asia/Beirut", title="Atelier CE3M", slug=french.slug)
    data["organiser"] = cluster("ce3m", "fr").pk
    assert edit_event(client, french, data).status_code == 302

    event.refresh_from_db()
    french.refresh_from_db()
    assert french.start == event.start == datetime(2031, 10, 14, 6, 0, tzinfo=UTC)
    assert event.time_zone == "Asia/Beirut"
