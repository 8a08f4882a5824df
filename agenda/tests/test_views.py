"""The events index, an event page, registering, My events, cancelling by link and the check-in desk."""

from datetime import timedelta

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from wagtail.search import index
from wagtail.search.models import IndexEntry

from agenda import services
from agenda.models import EventPage, Registration
from agenda.signed_links import cancel_token, checkin_token
from outbox.models import OutboxMessage
from tests.factories import make_cluster, make_person

from .factories import event_index, make_event

pytestmark = pytest.mark.django_db

QUESTIONS = [
    {"label": "Company", "kind": "short_text", "required": True},
    {"label": "Sector", "kind": "single_choice", "choices": "Energy\nMobility", "required": True},
    {"label": "Topics", "kind": "multiple_choice", "choices": "AI\nIoT\nPCB", "required": False},
    {"label": "Vegetarian meal", "kind": "checkbox", "required": False},
    {"label": "Expectations", "kind": "long_text", "required": False},
]


def manager(slug: str):
    return get_user_model().objects.get(email=f"manager@{slug}.example.org")


def test_registering_with_answers_then_seeing_it_under_my_events(client):
    event = make_event(questions=QUESTIONS)
    person = make_person()
    client.force_login(person)
    page = client.get(event.url + "register/")
    assert page.status_code == 200
    assert b"Company" in page.content and b"Vegetarian meal" in page.content
    response = client.post(
        event.url + "register/", {"Company": "x"}, follow=False
    )  # answers are keyed by question, so this misses the required ones
    assert response.status_code == 400
    assert not Registration.objects.filter(event=event).exists()
    keys = {q.label: q.key for q in event.questions.all()}
    response = client.post(
        event.url + "register/",
        {keys["Company"]: "Atlas Electronics", keys["Sector"]: "Energy", keys["Topics"]: ["AI", "PCB"]},
    )
    assert response.status_code == 302
    registration = Registration.objects.get(user=person)
    assert registration.status == "confirmed"
    assert registration.answers[keys["Company"]] == "Atlas Electronics"
    assert registration.answers[keys["Topics"]] == ["AI", "PCB"]
    mine = client.get(response["Location"])
    assert mine.status_code == 200
    assert event.title.encode() in mine.content and b"<svg" in mine.content
    assert "no-store" in mine["Cache-Control"]


def test_questions_with_choices_are_groups_named_by_the_question(client):
    """Each option's label holds its radio or checkbox; the group is a fieldset with the question
    as its legend (a label would name no field)."""
    event = make_event(questions=QUESTIONS)
    client.force_login(make_person())

    page = BeautifulSoup(client.get(event.url + "register/").content, "html.parser")

    groups = {group.legend.get_text(strip=True): group for group in page.select("main form fieldset")}
    assert sorted(groups) == ["Sector", "Topics"]
    assert [label.get_text(strip=True) for label in groups["Sector"].select("label:has(> input[type=radio])")] == [
        "Energy",
        "Mobility",
    ]
    assert len(groups["Topics"].select("label:has(> input[type=checkbox])")) == 3
    assert page.select_one("main form label:-soup-contains('Sector')") is None
    vegetarian = page.select_one("main form .form-field--checkbox")
    assert vegetarian.select_one("input[type=checkbox]") and "Vegetarian meal" in vegetarian.label.get_text()


def test_a_missing_required_answer_is_shown_and_nothing_is_saved(client):
    event = make_event(questions=QUESTIONS[:1])
    client.force_login(make_person())
    response = client.post(event.url + "register/", {})
    assert response.status_code == 400
    assert b"This field is required." in response.content
    assert not Registration.objects.filter(event=event).exists() and not OutboxMessage.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in_and_unverified_ones_asked_to_verify(client):
    event = make_event()
    response = client.get(event.url + "register/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(make_person(verified=False))
    assert b"verify your email address" in client.get(event.url + "register/").content
    response = client.post(event.url + "register/", {})
    assert response.status_code == 400 and not Registration.objects.filter(event=event).exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_closes_at": timezone.now() - timedelta(hours=1)}, b"Registration for this event is closed."),
        ({"registration_opens_at": timezone.now() + timedelta(days=1)}, b"Registration opens on"),
        ({"cancelled": True}, b"This event has been cancelled."),
        (
            {"start": timezone.now() - timedelta(days=2), "end": timezone.now() - timedelta(days=1)},
            b"This event is over.",
        ),
    ],
)
def test_registering_outside_the_window_says_why(client, fields, message):
    event = make_event(**fields)
    client.force_login(make_person())
    response = client.post(event.url + "register/", {})
    assert response.status_code == 400 and message in response.content
    assert not Registration.objects.filter(event=event).exists()


def test_registering_twice_says_so(client):
    event = make_event()
    person = make_person()
    services.register_attendee(event, person)
    client.force_login(person)
    response = client.post(event.url + "register/", {})
    assert b"You are already registered for this event." in response.content
    assert Registration.objects.filter(user=person).count() == 1


def test_a_forged_event_is_not_found(client):
    client.force_login(make_person())
    assert client.post(event_index().url + "no-such-event/register/", {}).status_code == 404


def test_nobody_cancels_another_persons_registration_from_my_events(client):
    event = make_event()
    registration = services.register_attendee(event, make_person())
    client.force_login(make_person())
    response = client.post(event_index().url + "mine/", {"registration": str(registration.uuid)}, follow=True)
    assert b"This registration is not yours." in response.content
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_the_cancel_link_asks_first_then_cancels_on_post(client):
    event = make_event(capacity=1)
    registration = services.register_attendee(event, make_person())
    waiting = services.register_attendee(event, make_person())
    url = event.url + f"cancel/{cancel_token(registration)}/"
    page = client.get(url)
    assert b"Yes, cancel my registration" in page.content
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    response = client.post(url, follow=True)
    assert b"This registration is cancelled." in response.content
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert client.get(event.url + "cancel/forged-token/").status_code == 404


def test_only_the_organising_clusters_managers_check_people_in(client):
    event = make_event()
    registration = services.register_attendee(event, make_person())
    token_url = event.url + f"checkin/{checkin_token(registration)}/"
    client.force_login(manager("menara"))
    assert client.get(event.url + "checkin/").status_code == 403
    assert client.post(token_url).status_code == 403
    client.force_login(manager("ce3m"))
    desk = client.get(event.url + "checkin/?q=" + registration.user.email)
    assert desk.status_code == 200 and registration.user.email.encode() in desk.content
    assert client.get(token_url).status_code == 200
    registration.refresh_from_db()
    assert registration.checked_in_at is None
    response = client.post(token_url, follow=True)
    registration.refresh_from_db()
    assert registration.checked_in_at is not None
    assert b"is checked in." in response.content


def test_the_event_page_and_its_calendar_file(client):
    event = make_event()
    page = client.get(event.url)
    assert page.status_code == 200
    assert b"Africa/Casablanca" in page.content
    response = client.get(event.url + "calendar/")
    assert response["Content-Type"].startswith("text/calendar")
    [entry] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title
    assert entry["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert entry.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert "attachment" in response["Content-Disposition"]


def test_the_calendar_feeds_list_all_events_or_one_clusters(client):
    ce3m_event = make_event()
    menara_event = make_event(organiser=make_cluster("menara", "TN"))
    index_url = event_index().url
    every = icalendar.Calendar.from_ical(client.get(index_url + "feed/").content)
    titles = {str(entry["SUMMARY"]) for entry in every.walk("VEVENT")}
    assert {ce3m_event.title, menara_event.title} <= titles
    for url in (index_url + "feed/?cluster=menara", index_url + "feed/menara/", "/en/events/feed.ics?cluster=menara"):
        feed = icalendar.Calendar.from_ical(client.get(url).content)
        titles = {str(entry["SUMMARY"]) for entry in feed.walk("VEVENT")}
        assert menara_event.title in titles and ce3m_event.title not in titles
    assert client.get(index_url + "feed/?cluster=nowhere").status_code == 404


def test_the_index_lists_upcoming_events_first_and_filters_them(client):
    soon = make_event(title="Soon", start=timezone.now() + timedelta(days=3), end=timezone.now() + timedelta(days=4))
    later = make_event(title="Later", event_type="workshop")
    past = make_event(
        title="Long ago", start=timezone.now() - timedelta(days=40), end=timezone.now() - timedelta(days=39)
    )
    url = event_index().url
    listing = client.get(url).content.decode()
    assert listing.index(soon.title) < listing.index(later.title) and past.title not in listing
    assert past.title in client.get(url + "past/").content.decode()
    workshops = client.get(url + "?type=workshop").content.decode()
    assert later.title in workshops and soon.title not in workshops
    month = soon.start.strftime("%Y-%m")
    assert soon.title in client.get(url + f"?month={month}&type=nonsense").content.decode()
    assert b"No event matches these filters." in client.get(url + f"?type=workshop&month={month}").content
    assert client.get(url + "?page=abc&month=2020-99").status_code == 200


def test_events_are_in_the_api_with_capacity_and_seats_left(client):
    event = make_event(capacity=12)
    services.register_attendee(event, make_person())
    response = client.get(f"/api/v2/pages/{event.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["capacity"] == 12 and data["seats_left"] == 11
    assert data["time_zone"] == "Africa/Casablanca"


def test_events_are_indexed_for_the_portal_search():
    event = make_event(title="Rencontres des clusters", city="Tangier")
    searched = {field.field_name for field in EventPage.search_fields if isinstance(field, index.SearchField)}
    filtered = {field.field_name for field in EventPage.search_fields if isinstance(field, index.FilterField)}
    assert {"title", "summary", "city", "country_name", "type_label", "organiser_name"} <= searched
    assert {"start", "event_type", "country", "cluster_slug", "locale"} <= filtered
    # The database backend (the fallback beside a search server) indexes it in the same transaction.
    assert IndexEntry.objects.filter(object_id=str(event.pk)).exists()


def test_my_events_separates_coming_up_past_and_cancelled(client):
    from bs4 import BeautifulSoup

    now = timezone.now()
    soon = make_event(start=now + timedelta(days=3), end=now + timedelta(days=3, hours=8))
    later = make_event(start=now + timedelta(days=40), end=now + timedelta(days=40, hours=8))
    dropped = make_event()
    person = make_person()
    for event in (later, soon, dropped):
        services.register_attendee(event, person)
    services.cancel_registration(Registration.objects.get(event=dropped, user=person), person)
    over = make_event(start=now - timedelta(days=10), end=now - timedelta(days=10) + timedelta(hours=8))
    Registration.objects.create(event=over, user=person, status=Registration.Status.CONFIRMED)
    client.force_login(person)
    page = BeautifulSoup(client.get(event_index().url + "mine/").content, "html.parser")

    def titles(section: str) -> list[str]:
        return [title.get_text(strip=True) for title in page.select(f"section[aria-labelledby=my-events-{section}] h3")]

    assert titles("upcoming") == [soon.title, later.title]
    assert titles("past") == [over.title]
    assert titles("cancelled") == [dropped.title]
    assert page.select_one("section[aria-labelledby=my-events-cancelled] .event-status--cancelled")
    assert not page.select("section[aria-labelledby=my-events-cancelled] form")  # nothing left to cancel


@pytest.mark.parametrize("language", ["ar", "en"])
def test_dates_and_time_zone_are_isolated_in_arabic_text(client, language):
    from django.utils import translation

    event = make_event()
    with translation.override(language):
        when = event.when()
    isolated = when.startswith("\u2068") and f"(\u2068{event.zone_label()}\u2069)" in when
    assert isolated is (language == "ar")
    assert event.zone_label().startswith("Africa/Casablanca, UTC+0")


def test_an_events_place_is_written_with_the_comma_of_the_readers_language():
    event = make_event(venue="Technopark", city="Casablanca", country="MA")
    with translation.override("fr"):
        assert event.place() == "Technopark, Casablanca, Maroc"
    with translation.override("ar"):
        assert event.place() == "Technopark، Casablanca، المغرب"
