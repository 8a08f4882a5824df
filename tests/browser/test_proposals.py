"""A partner expresses interest in a CE3M proposal, CE3M's manager accepts it, the partner sees it."""

import re

from playwright.sync_api import expect

from conftest import require_service
from portal.celery import app as celery_app

from .test_accounts import read_mail

PASSWORD = "medclusters-demo"


def field(label: str) -> re.Pattern:
    """A form field's label, as Django writes it (with or without its colon)."""
    return re.compile(rf"^{label}:?$")


def log_in(page, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.locator("main form").get_by_role("button", name="Sign in").click()
    expect(page.locator("header .account-nav").get_by_role("button", name="Log out")).to_be_visible()


def test_interest_accepted_and_seen_on_my_proposals(live_demo, page, new_context, settings, monkeypatch, tmp_path):
    require_service("chromium")
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)

    # The partner finds a CE3M proposal looking for partners and offers to join.
    log_in(page, live_demo.url, "partner1@example.org")
    page.goto(f"{live_demo.url}/en/proposals/")
    page.get_by_label("Status", exact=True).select_option("looking_for_partners")
    page.get_by_label("Cluster", exact=True).select_option("ce3m")
    page.locator("main form.filters").get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="A local industry of medical devices").click()
    expect(page.locator("h1")).to_have_text("A local industry of medical devices")
    page.get_by_role("link", name="Express interest").click()
    page.get_by_label(field("Organisation")).fill("Sfax Electronics")
    page.get_by_label(field("Type of organisation")).select_option("sme")
    page.get_by_label(field("Country")).select_option("TN")
    page.get_by_label(field("Role offered")).fill("Pilot production of monitor boards")
    page.get_by_label(field("Message")).fill("We assemble 50,000 boards a year and would like to join.")
    page.get_by_role("button", name="Send my expression of interest").click()
    expect(page).to_have_url(re.compile(r"/en/proposals/mine/$"))
    expect(page.locator(".messages")).to_contain_text("Your expression of interest was sent")
    mine = page.locator(".interest-list li", has_text="A local industry of medical devices")
    expect(mine).to_contain_text("Awaiting an answer")

    # CE3M's manager, in another browser, accepts it from the expressions of interest page.
    manager = new_context().new_page()
    log_in(manager, live_demo.url, "manager@ce3m.example.org")
    manager.goto(f"{live_demo.url}/en/proposals/interests/")
    card = manager.locator(".interest-list li", has_text="Sfax Electronics")
    card.get_by_label("Accept").check()
    card.get_by_label("Reply to the partner").fill("Welcome: the kick-off is in Casablanca.")
    card.get_by_role("button", name="Send the answer").click()
    expect(manager.locator(".messages")).to_contain_text("Sfax Electronics joined the consortium")

    # The partner sees the answer on My proposals; the proposal lists them in its consortium.
    page.goto(f"{live_demo.url}/en/proposals/mine/")
    expect(mine).to_contain_text("Accepted")
    expect(mine).to_contain_text("Welcome: the kick-off is in Casablanca.")
    mine.get_by_role("link", name="A local industry of medical devices").click()
    expect(page.locator(".consortium")).to_contain_text("Sfax Electronics")

    messages = read_mail(tmp_path)
    recipients_subjects = {(message["To"], message["Subject"].strip()) for message in messages}
    assert (
        "manager@ce3m.example.org",
        "Sfax Electronics is interested in “A local industry of medical devices”",
    ) in recipients_subjects
    assert (
        "partner1@example.org",
        "You have joined the consortium of “A local industry of medical devices”",
    ) in recipients_subjects
