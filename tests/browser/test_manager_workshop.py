"""A cluster manager announces a workshop in the admin, publishes it and opens its registration;
a partner finds it on the events page and registers."""

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from agenda.models import EventIndexPage, EventPage, Registration
from conftest import require_service
from portal.celery import app as celery_app
from tests.factories import cluster

TITLE = "CE3M workshop: power electronics for cars"


def sign_in(page, base_url: str, email: str, next_url: str) -> None:
    page.goto(f"{base_url}/en/accounts/login/?next={next_url}")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill("medclusters-demo")
    page.locator("main form").get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"), timeout=60_000)


def test_a_manager_publishes_a_workshop_a_partner_registers(live_demo, new_context, settings, monkeypatch, tmp_path):
    require_service("chromium")
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    index = EventIndexPage.objects.get(locale__language_code="en")
    day = timezone.localdate() + timedelta(days=30)

    manager = new_context().new_page()
    sign_in(manager, live_demo.url, "manager@ce3m.example.org", f"/admin/pages/add/agenda/eventpage/{index.pk}/")
    expect(manager).to_have_url(re.compile(r"/admin/pages/add/agenda/eventpage/\d+/$"))
    form = manager.locator("form#page-edit-form")
    form.locator("[name=title]").fill(TITLE)
    form.locator("[name=event_type]").select_option("workshop")
    form.locator("[name=summary]").fill("A day on power electronics for the automotive industry.")
    form.locator("[name=organiser]").select_option(str(cluster("ce3m").pk))
    form.locator("[name=time_zone]").select_option("Africa/Casablanca")
    form.locator("[name=start]").fill(f"{day:%Y-%m-%d} 09:00")
    form.locator("[name=end]").fill(f"{day:%Y-%m-%d} 17:00")
    form.locator("[name=city]").fill("Casablanca")
    form.locator("[name=capacity]").fill("30")
    # The admin speaks the manager's language: find the buttons by what they do.
    manager.locator("footer [data-w-dropdown-target='toggle']").click()
    manager.locator("button[name=action-publish]").click()
    expect(manager).to_have_url(re.compile(r"/admin/pages/\d+/$"))

    event = EventPage.objects.get(title=TITLE)
    assert event.live and event.organiser.slug == "ce3m" and event.registration_open()

    partner = new_context().new_page()
    sign_in(partner, live_demo.url, "partner1@example.org", "/en/clusters/ce3m/")
    expect(partner.locator("main")).to_contain_text(TITLE)
    partner.goto(f"{live_demo.url}/en/events/")
    partner.get_by_role("link", name=TITLE).click()
    expect(partner.locator("h1")).to_have_text(TITLE)
    partner.get_by_role("link", name="Register").click()
    partner.locator("main form").get_by_role("button", name="Register").click()
    expect(partner.locator(".messages")).to_contain_text("You are registered.")

    registration = Registration.objects.get(event=event)
    assert registration.user.email == "partner1@example.org" and registration.status == "confirmed"
