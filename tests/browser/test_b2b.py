"""B2B meetings end to end: opt in, request a meeting, the other side accepts, both agendas show the slot."""

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from conftest import require_service
from meetings.models import MeetingSession
from meetings.tests import factories
from tests.factories import make_person

PASSWORD = "secret-pass-123"  # the password of tests.factories.make_person


def log_in(page, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.locator("main form").get_by_role("button", name="Sign in").click()
    expect(page.locator("header .account-nav").get_by_role("button", name="Log out")).to_be_visible()


def test_opt_in_request_accept_and_see_the_slot(live_demo, page, new_context, console_errors):
    require_service("chromium")
    start = (timezone.now() + timedelta(days=20)).replace(minute=0, second=0, microsecond=0)
    event = factories.event("Techdays B2B test", start=start)
    programme = factories.programme(event, tables=3)
    session = MeetingSession.objects.get(programme=programme)
    factories.participant(programme, "karim.b2b@example.org", "en", "Cedar Sensors", country="LB")
    salma = make_person("salma.b2b@example.org")
    factories.register(event, salma)
    b2b = f"{live_demo.url}/en/events/{event.pk}/b2b/"

    # Salma opts in with a profile, then asks Cedar Sensors for a meeting.
    log_in(page, live_demo.url, "salma.b2b@example.org")
    page.goto(b2b)
    page.get_by_role("link", name="Create my B2B profile").click()
    page.get_by_role("textbox", name="Organisation").fill("Salma Textiles")
    page.get_by_label("Country").select_option("TN")
    page.get_by_label("Type of organisation").select_option("sme")
    page.get_by_role("button", name="Opt in to the B2B meetings").click()
    expect(page.locator(".messages")).to_contain_text("Your B2B profile is saved.")
    page.get_by_role("link", name="Participants").click()
    page.get_by_label("Country").select_option("LB")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="Cedar Sensors").click()
    page.get_by_label("Message").fill("Smart textiles need sensors: shall we meet?")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator(".messages")).to_contain_text("Your request is sent to Cedar Sensors.")

    # Karim accepts it from his requests.
    karim_page = new_context().new_page()
    log_in(karim_page, live_demo.url, "karim.b2b@example.org")
    karim_page.goto(f"{b2b}requests/")
    expect(karim_page.locator("main")).to_contain_text("Smart textiles need sensors")
    karim_page.get_by_role("button", name="Accept").click()
    slot_time = timezone.localtime(session.starts_at, event.zone).strftime("%H:%M")
    expect(karim_page.locator("h1")).to_have_text("My B2B agenda")
    expect(karim_page.locator(".b2b-agenda")).to_contain_text("Salma Textiles")
    expect(karim_page.locator(".b2b-agenda")).to_contain_text(slot_time)

    # Salma's agenda shows the same slot and table.
    page.goto(f"{b2b}agenda/")
    row = page.locator(".b2b-agenda tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Cedar Sensors")
    expect(row).to_contain_text(slot_time)
    assert console_errors == []
