"""Signing up, confirming the address from the mail the portal sends, and logging in."""

import email
import re
import time
from email import policy

from playwright.sync_api import expect

from conftest import require_service
from outbox.models import OutboxMessage
from portal.celery import app as celery_app

EMAIL = "amina.benali@example.com"
PASSWORD = "Olive-grove-harbour-42"
CONFIRMATION_URL = re.compile(r"https?://[^\s\"'<>]+/en/accounts/confirm-email/[^\s\"'<>/]+/")
MESSAGE_SEPARATOR = "-" * 79


def read_mail(mail_dir, timeout=10.0):
    """The messages Django's file-based backend wrote to `mail_dir`, waiting a little for the first one."""
    deadline = time.monotonic() + timeout
    while not (files := sorted(mail_dir.glob("*.log"))):
        if time.monotonic() > deadline:
            raise AssertionError(f"no mail was written to {mail_dir}")
        time.sleep(0.1)
    messages = []
    for path in files:
        for raw in path.read_bytes().decode().split(MESSAGE_SEPARATOR):
            if raw.strip():
                messages.append(email.message_from_string(raw.lstrip("\n"), policy=policy.default))
    return messages


def test_sign_up_confirm_the_address_by_mail_then_log_in(live_demo, page, new_context, settings, monkeypatch, tmp_path):
    require_service("chromium")
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    # The outbox hands the mail to Celery after commit; deliver it in the request, even
    # when a broker is configured (no worker runs during the tests).
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)

    page.goto(f"{live_demo.url}/en/accounts/signup/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main form").get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/en/accounts/confirm-email/$"))
    expect(page.locator("h1")).to_have_text("Verify Your Email Address")

    (message,) = read_mail(tmp_path)
    sent = OutboxMessage.objects.get()
    assert sent.status == OutboxMessage.Status.SENT
    assert sent.recipients == [EMAIL]
    assert message["To"] == EMAIL
    assert "Confirm" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    url = CONFIRMATION_URL.search(body)
    assert url, f"no confirmation link in the mail:\n{body}"

    page.goto(url.group(0))
    expect(page.locator("h1")).to_have_text("Confirm Email Address")
    expect(page.locator("main")).to_contain_text(EMAIL)
    page.locator("main form").get_by_role("button", name="Confirm").click()
    expect(page.locator(".messages")).to_contain_text(f"You have confirmed {EMAIL}")

    # Another visitor's browser: no session, so this is a real log-in.
    visitor = new_context().new_page()
    visitor.goto(f"{live_demo.url}/en/accounts/login/")
    expect(visitor.locator("header .account-nav")).to_contain_text("Log in")
    visitor.get_by_label("Email").fill(EMAIL)
    visitor.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    visitor.locator("main form").get_by_role("button", name="Sign in").click()
    expect(visitor).to_have_url(re.compile(r"/en/$"))
    expect(visitor.locator("header .account-nav").get_by_role("button", name="Log out")).to_be_visible()
    expect(visitor.locator("header .account-nav")).not_to_contain_text("Log in")
