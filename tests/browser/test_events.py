"""A partner registers for the coming Techdays, finds the mail with its calendar file, sees the
registration and its QR code under My events, and cancels it from the link in the mail."""

import re

import icalendar
from playwright.sync_api import expect

from conftest import require_service
from portal.celery import app as celery_app

from .test_accounts import read_mail

CANCEL_URL = re.compile(r"https?://[^\s\"'<>]+/en/events/techdays-casablanca/cancel/[\w-]+/")


def test_register_for_techdays_then_cancel_from_the_mail(live_demo, page, settings, monkeypatch, tmp_path):
    require_service("chromium")
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    settings.WAGTAILADMIN_BASE_URL = live_demo.url
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)

    page.goto(f"{live_demo.url}/en/accounts/login/?next=/en/events/")
    page.get_by_label("Email").fill("partner1@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("medclusters-demo")
    page.locator("main form").get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/en/events/$"))

    page.get_by_role("link", name=re.compile(r"^Techdays \d{4} – Casablanca$")).click()
    expect(page.locator("h1")).to_contain_text("Casablanca")
    expect(page.locator("main")).to_contain_text("Africa/Casablanca")
    page.get_by_role("link", name="Register").click()
    page.get_by_label("Company or organisation").fill("Atlas Électronique")
    page.get_by_label("Energy").check()
    page.get_by_label("I want to take part in the B2B meetings").check()
    page.locator("main form").get_by_role("button", name="Register").click()

    # Ticking the B2B box leads on to the B2B profile; My events lists the registration.
    expect(page.locator("h1")).to_have_text("My B2B profile")
    expect(page.locator(".messages")).to_contain_text("You are registered.")
    page.goto(f"{live_demo.url}/en/events/mine/")
    expect(page.locator("h1")).to_have_text("My events")
    registration = page.locator(".my-event", has_text="Casablanca")
    expect(registration).to_contain_text("Confirmed")
    expect(registration.locator(".my-event__qr svg")).to_be_visible()

    (message,) = read_mail(tmp_path)
    assert message["To"] == "partner1@example.org"
    assert "is confirmed" in message["Subject"]
    [calendar] = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    [entry] = icalendar.Calendar.from_ical(calendar.get_content()).walk("VEVENT")
    assert "Casablanca" in str(entry["SUMMARY"])
    body = message.get_body(preferencelist=("plain",)).get_content()
    cancel_url = CANCEL_URL.search(body)
    assert cancel_url, f"no cancel link in the mail:\n{body}"

    page.goto(cancel_url.group(0))
    expect(page.locator("h1")).to_have_text("Cancel a registration")
    page.get_by_role("button", name="Yes, cancel my registration").click()
    expect(page.locator("main")).to_contain_text("This registration is cancelled.")
    page.goto(f"{live_demo.url}/en/events/mine/")
    expect(page.locator(".my-event", has_text="Casablanca")).to_contain_text("Cancelled")
