"""What participants see and do on the B2B pages of an event."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from icalendar import Calendar

from agenda.models import Registration
from meetings import services
from meetings.models import MeetingRequest, Opportunity, OpportunityType, ParticipantProfile
from tests.factories import cluster, make_person

from . import factories


def url(programme, name: str = "", language: str = "en") -> str:
    return f"/{language}/events/{programme.event_id}/b2b/{name}"


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def meetings_soon(b2b, techdays):
    """The event is in ten days, so requests sent now can still be answered before it."""
    now = timezone.now().replace(second=0, microsecond=0)
    techdays.start, techdays.end = now + timedelta(days=10), now + timedelta(days=11)
    techdays.save()
    session = b2b.sessions.get()
    session.starts_at, session.ends_at = techdays.start, techdays.start + timedelta(hours=2)
    session.save()
    return b2b


def test_anonymous_visitors_are_asked_to_log_in(client, b2b):
    response = client.get(url(b2b))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_only_confirmed_registrants_with_a_verified_email_opt_in(client, b2b, techdays):
    waitlisted = make_person("wait@example.org")
    factories.register(techdays, waitlisted, Registration.Status.WAITLISTED)
    unverified = make_person("unverified@example.org", verified=False)
    factories.register(techdays, unverified)
    for user, reason in (
        (waitlisted, "open to participants with a confirmed registration"),
        (unverified, "Confirm your email address first"),
    ):
        client.force_login(user)
        assert reason in text(client.get(url(b2b)))
        response = client.post(url(b2b, "profile/"), {"organisation": "X", "country": "MA", "organisation_type": "sme"})
        assert response.status_code == 302
        assert not ParticipantProfile.objects.filter(user=user).exists()


def test_a_confirmed_registrant_opts_in_and_publishes_an_opportunity(client, b2b, techdays):
    user = make_person("salma@example.org")
    factories.register(techdays, user)
    client.force_login(user)
    assert "Create my B2B profile" in text(client.get(url(b2b)))
    response = client.post(
        url(b2b, "profile/"),
        {
            "organisation": "Salma Textiles",
            "country": "TN",
            "organisation_type": "sme",
            "sectors": [],
            "presentation": "",
        },
    )
    assert response.status_code == 302
    profile = ParticipantProfile.objects.get(user=user, programme=b2b)
    technology = OpportunityType.objects.get(slug="technology", programme=None)
    form = BeautifulSoup(client.get(url(b2b, "profile/")).content, "html.parser")
    assert [radio["value"] for radio in form.select("input[name=kind]")] == ["offer", "request"]
    opportunity_form = form.select_one("input[name=kind]").find_parent("form")
    assert "---------" not in opportunity_form.get_text()
    client.post(
        url(b2b, "opportunities/"), {"kind": "offer", "type": technology.pk, "title": "Smart textiles <b>R&D</b>"}
    )
    assert list(profile.opportunities.values_list("title", flat=True)) == ["Smart textiles <b>R&D</b>"]
    page = client.get(url(b2b, "profile/")).content.decode()
    assert "Smart textiles &lt;b&gt;R&amp;D&lt;/b&gt;" in page


def test_a_profile_form_with_errors_comes_back_in_the_users_language(client, b2b, techdays):
    user = make_person("nour@example.org", language="ar")
    factories.register(techdays, user)
    client.force_login(user)
    response = client.post(url(b2b, "profile/", "fr"), {"organisation": "", "country": "XX"})
    assert response.status_code == 200
    assert "Champ requis." in text(response)


def test_participants_filter_the_directory_by_country_type_sector_and_opportunity(client, b2b, amina, karim, lucia):
    karim.organisation_type = "research_centre"
    karim.save()
    karim.sectors.set(cluster("ce3m").sectors.all()[:1])
    supply = OpportunityType.objects.get(slug="supply", programme=None)
    Opportunity.objects.create(profile=lucia, kind="request", type=supply, title="Cobots integrator wanted")
    client.force_login(amina.user)

    def listed(query: str = "") -> list[str]:
        soup = BeautifulSoup(client.get(url(b2b) + query).content, "html.parser")
        return [h2.get_text(strip=True) for h2 in soup.select(".b2b-card h2")]

    assert listed() == ["Cedar Sensors", "Valencia Robotics"]
    assert listed("?country=ES") == ["Valencia Robotics"]
    assert listed("?organisation_type=research_centre") == ["Cedar Sensors"]
    assert listed(f"?sector={karim.sectors.get().slug}") == ["Cedar Sensors"]
    assert listed("?opportunity=supply&kind=request") == ["Valencia Robotics"]
    assert listed("?opportunity=supply&kind=offer") == []
    # Unknown values are ignored rather than refused.
    assert listed("?country=ZZ&page=abc") == ["Cedar Sensors", "Valencia Robotics"]


def test_the_directory_is_paginated(client, b2b, amina):
    for number in range(21):
        factories.participant(b2b, f"p{number:02d}@example.org", organisation=f"Org {number:02d}", country="FR")
    client.force_login(amina.user)
    first = client.get(url(b2b) + "?country=FR")
    assert "21 participants" in text(first) and "Page 1 of 2" in text(first)
    second = BeautifulSoup(client.get(url(b2b) + "?country=FR&page=2").content, "html.parser")
    assert [h2.get_text(strip=True) for h2 in second.select(".b2b-card h2")] == ["Org 20"]


def test_a_request_is_sent_from_the_participant_page_and_refusals_are_shown(client, meetings_soon, amina, karim):
    client.force_login(amina.user)
    response = client.post(url(meetings_soon, f"participants/{karim.pk}/"), {"message": "Shall we meet?"})
    assert response.status_code == 302
    assert MeetingRequest.objects.filter(sender=amina, recipient=karim, status="pending").exists()
    # To oneself: refused with the reason, nothing sent.
    response = client.post(url(meetings_soon, f"participants/{amina.pk}/", "fr"), {"message": "Moi"})
    assert "Vous ne pouvez pas demander un rendez-vous avec vous-même." in text(response)
    assert MeetingRequest.objects.count() == 1


def test_the_recipient_accepts_and_both_see_the_slot_in_their_agenda(client, meetings_soon, amina, karim):
    request = services.send_request(amina, karim, "Shall we meet?")
    client.force_login(karim.user)
    assert "Atlas Composites" in text(client.get(url(meetings_soon, "requests/")))
    response = client.post(url(meetings_soon, f"requests/{request.pk}/accept/"), follow=True)
    session = meetings_soon.sessions.get()
    start = timezone.localtime(session.starts_at, meetings_soon.event.zone).strftime("%H:%M")
    assert "Atlas Composites" in text(response) and start in text(response)
    client.force_login(amina.user)
    agenda = text(client.get(url(meetings_soon, "agenda/")))
    assert "Cedar Sensors" in agenda and start in agenda
    ics = client.get(url(meetings_soon, "agenda.ics"))
    assert ics["Content-Type"].startswith("text/calendar")
    [event] = Calendar.from_ical(ics.content).walk("VEVENT")
    assert event.decoded("dtstart") == session.starts_at


def test_answering_a_request_addressed_to_someone_else_is_not_found(client, meetings_soon, amina, karim, lucia):
    request = services.send_request(amina, karim, "Hello")
    for user in (amina.user, lucia.user):
        client.force_login(user)
        assert client.post(url(meetings_soon, f"requests/{request.pk}/accept/")).status_code == 404
        assert client.post(url(meetings_soon, f"requests/{request.pk}/decline/")).status_code == 404
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.PENDING


def test_answers_change_nothing_on_get(client, meetings_soon, amina, karim):
    request = services.send_request(amina, karim, "Hello")
    client.force_login(karim.user)
    assert client.get(url(meetings_soon, f"requests/{request.pk}/accept/")).status_code == 405
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.PENDING


def test_acceptance_without_a_free_slot_shows_why_and_keeps_the_request(client, meetings_soon, amina, karim, lucia):
    session = meetings_soon.sessions.get()
    session.ends_at = session.starts_at + timedelta(minutes=30)
    session.save()
    services.accept_request(services.send_request(amina, karim, "1").pk, karim.user)
    late = services.send_request(lucia, karim, "2")
    client.force_login(karim.user)
    response = client.post(url(meetings_soon, f"requests/{late.pk}/accept/"), follow=True)
    assert "No meeting slot is left for both of you" in text(response)
    late.refresh_from_db()
    assert late.status == MeetingRequest.Status.PENDING


def test_rating_a_meeting_one_was_not_in_is_not_found(client, b2b, techdays, amina, karim, lucia, before_event):
    meeting = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    techdays.start, techdays.end = timezone.now() - timedelta(days=3), timezone.now() - timedelta(days=2)
    techdays.save()
    meeting.slot.starts_at, meeting.slot.ends_at = techdays.start, techdays.start + timedelta(minutes=30)
    meeting.slot.save()
    client.force_login(lucia.user)
    assert client.get(url(b2b, f"meetings/{meeting.pk}/rate/")).status_code == 404
    client.force_login(amina.user)
    response = client.post(url(b2b, f"meetings/{meeting.pk}/rate/"), {"outcome": "cooperation", "comment": ""})
    assert response.status_code == 302
    assert meeting.ratings.get().outcome == "cooperation"
    assert "Cooperation possible" in text(client.get(url(b2b, "agenda/")))


def test_pages_of_an_event_without_open_meetings_are_not_found(client, b2b, amina):
    b2b.enabled = False
    b2b.save()
    client.force_login(amina.user)
    assert client.get(url(b2b)).status_code == 404
    assert client.get(f"/en/events/{b2b.event.get_parent().pk}/b2b/").status_code == 404


def test_each_b2b_page_has_one_heading(client, meetings_soon, amina, karim):
    services.send_request(amina, karim, "Hello")
    client.force_login(amina.user)
    for name in ("", "profile/", f"participants/{karim.pk}/", "requests/", "agenda/"):
        for language in ("en", "fr", "ar"):
            soup = BeautifulSoup(client.get(url(meetings_soon, name, language)).content, "html.parser")
            assert len(soup.find_all("h1")) == 1, (name, language)


def test_the_event_page_links_to_open_meetings_only(client, b2b, techdays):
    link = f'a[href="/en/events/{techdays.pk}/b2b/"]'
    assert BeautifulSoup(client.get(techdays.url).content, "html.parser").select(link)
    b2b.enabled = False
    b2b.save()
    cache.clear()
    assert not BeautifulSoup(client.get(techdays.url).content, "html.parser").select(link)


def test_participants_whose_opportunities_complement_mine_come_first(client, b2b, amina, karim, lucia):
    types = {kind.slug: kind for kind in OpportunityType.objects.filter(programme=None)}
    Opportunity.objects.create(profile=amina, kind="request", type=types["supply"], title="Resin supplier")
    Opportunity.objects.create(profile=karim, kind="request", type=types["supply"], title="Also looking")
    Opportunity.objects.create(profile=lucia, kind="offer", type=types["supply"], title="Resins and fibres")
    client.force_login(amina.user)
    soup = BeautifulSoup(client.get(url(b2b)).content, "html.parser")
    cards = [(card.h2.get_text(strip=True), bool(card.select(".b2b-match"))) for card in soup.select(".b2b-card")]
    assert cards == [("Valencia Robotics", True), ("Cedar Sensors", False)]


def test_ticking_the_b2b_box_at_registration_leads_to_the_b2b_profile(client, b2b, techdays):
    person = make_person()
    client.force_login(person)
    form = BeautifulSoup(client.get(techdays.url + "register/").content, "html.parser")
    box = form.select_one("main form input[type=checkbox][name=then]")
    assert box["value"] == url(b2b, "profile/")
    response = client.post(techdays.url + "register/", {"then": box["value"]})
    assert response.status_code == 302 and response.headers["Location"] == url(b2b, "profile/")
    profile_page = client.get(response.headers["Location"])
    assert profile_page.status_code == 200 and "My B2B profile" in text(profile_page)
    assert "You are registered." in text(profile_page)


@pytest.mark.parametrize("then", ["", "https://evil.example.com/", "//evil.example.com/"])
def test_without_the_box_or_with_a_foreign_address_registration_leads_to_my_events(client, b2b, techdays, then):
    client.force_login(make_person())
    response = client.post(techdays.url + "register/", {"then": then} if then else {})
    assert response.status_code == 302 and response.headers["Location"].endswith("/events/mine/")


def test_an_event_without_b2b_meetings_offers_no_box(client, techdays):
    client.force_login(make_person())
    form = BeautifulSoup(client.get(techdays.url + "register/").content, "html.parser")
    assert form.select_one("main form") and not form.select("input[name=then]")
