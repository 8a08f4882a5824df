"""Accounts: email login with mandatory verification, no enumeration, admin login through allauth, MFA."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail
from django.db import connection


@pytest.fixture
def eager_commit(django_capture_on_commit_callbacks):
    """Deliver outbox mail queued during the test as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def sign_up(client, language="en", email="amina@example.org"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"},
    )


def test_sign_up_sends_a_verification_mail_in_the_visitors_language(client, db, eager_commit):
    with eager_commit():
        response = sign_up(client, language="fr")
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert "Confirmer" in message.subject or "confirm" in message.subject.lower()
    assert re.search(r"/fr/accounts/confirm-email/[^/\s]+/", message.body)
    user = EmailAddress.objects.get(email="amina@example.org").user
    assert user.preferred_language == "fr"


def test_login_is_refused_until_the_email_is_verified(client, db, eager_commit):
    with eager_commit():
        sign_up(client)
    client.logout()
    response = client.post("/en/accounts/login/", {"login": "amina@example.org", "password": "a-long-Passphrase-42"})
    assert response.status_code == 302
    assert "confirm-email" in response.headers["Location"] or "verification" in response.headers["Location"]
    assert "_auth_user_id" not in client.session

    key = re.search(r"/confirm-email/([^/\s]+)/", mail.outbox[-1].body).group(1)
    assert client.get(f"/en/accounts/confirm-email/{key}/").status_code == 200  # GET only shows the button
    assert not EmailAddress.objects.get(email="amina@example.org").verified
    client.post(f"/en/accounts/confirm-email/{key}/")
    assert EmailAddress.objects.get(email="amina@example.org").verified


def test_password_reset_does_not_reveal_whether_an_email_is_registered(client, demo, eager_commit):
    with eager_commit():
        known = client.post("/en/accounts/password/reset/", {"email": "partner1@example.org"})
        unknown = client.post("/en/accounts/password/reset/", {"email": "stranger@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"]
    assert client.get(known.headers["Location"]).content == client.get(unknown.headers["Location"]).content


def test_signup_with_a_registered_email_looks_like_any_signup(client, demo, eager_commit):
    with eager_commit():
        response = sign_up(client, email="partner2@example.org")
    assert response.status_code == 302
    assert "confirm-email" in response.headers["Location"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_wagtail_admin_login_goes_through_allauth(client, demo, method):
    response = getattr(client, method)(
        "/admin/login/?next=/admin/pages/", {"username": "admin@example.org", "password": "medclusters-demo"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_admin_login_redirect_drops_foreign_next(client, db):
    response = client.get("/admin/login/?next=https://evil.example.com/")
    assert "evil" not in response.headers["Location"]


def test_opening_the_admins_logout_address_logs_nobody_out(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    response = client.get("/admin/logout/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/accounts/logout/"  # the page that asks to confirm
    assert client.cookies["sessionid"].value
    assert client.get("/admin/").status_code == 200


def test_the_admins_logout_button_logs_out(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").headers["Location"].startswith("/en/accounts/login/")


def test_demo_admin_logs_in_by_email_and_reaches_the_admin(client, demo):
    response = client.post("/en/accounts/login/", {"login": "admin@example.org", "password": "medclusters-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_totp_secrets_are_encrypted_at_rest(demo, django_user_model):
    secret = generate_totp_secret()
    user = django_user_model.objects.get(email="partner3@example.org")
    authenticator = TOTP.activate(user, secret).instance
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator WHERE id = %s", [authenticator.pk])
        stored = str(cursor.fetchone()[0])
    assert secret not in stored
    assert Authenticator.objects.get(pk=authenticator.pk).wrap().instance.data["secret"] != secret


def test_failed_logins_are_rate_limited(client, demo, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    pages = [
        client.post("/en/accounts/login/", {"login": "partner4@example.org", "password": "wrong"}).content.decode()
        for _ in range(4)
    ]
    assert all("Too many failed login attempts" not in page for page in pages[:3])
    assert "Too many failed login attempts" in pages[3]
    # Even the right password is refused while the limit holds.
    page = client.post("/en/accounts/login/", {"login": "partner4@example.org", "password": "medclusters-demo"})
    assert "_auth_user_id" not in client.session and "Too many failed login attempts" in page.content.decode()


def test_a_person_has_a_verified_email_once_they_confirm_an_address(db):
    from tests.factories import make_person

    person = make_person(verified=False)
    assert person.has_verified_email is False
    EmailAddress.objects.filter(user=person).update(verified=True)
    assert person.has_verified_email is True
