"""Where MFA is required, screens with other people's data need a session that entered a code at this login."""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def mfa_required(settings):
    settings.MFA_REQUIRED = True


@pytest.fixture
def admin_with_totp(demo, django_user_model):
    admin = django_user_model.objects.get(email="admin@example.org")
    secret = generate_totp_secret()
    TOTP.activate(admin, secret)
    return admin, secret


def test_without_an_authenticator_the_admin_asks_to_set_one_up(client, demo, mfa_required, django_user_model):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/accounts/2fa/totp/activate/" in response.headers["Location"]


def test_having_an_authenticator_is_not_enough_the_session_must_use_it(client, mfa_required, admin_with_totp):
    admin, secret = admin_with_totp
    client.force_login(admin)  # a session that never entered a code
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F"
    answered = client.post(response.headers["Location"], {"code": code(secret)})
    assert answered.status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_a_login_with_password_and_code_opens_the_admin(client, mfa_required, admin_with_totp):
    _admin, secret = admin_with_totp
    login = client.post("/en/accounts/login/", {"login": "admin@example.org", "password": "medclusters-demo"})
    assert login.headers["Location"].startswith("/en/accounts/2fa/authenticate/")
    assert client.get("/admin/").status_code == 302  # not logged in yet
    client.post(login.headers["Location"], {"code": code(secret)})
    assert client.get("/admin/").status_code == 200


def test_without_the_requirement_the_admin_opens_after_a_password_login(client, demo, settings):
    settings.MFA_REQUIRED = False
    client.post("/en/accounts/login/", {"login": "admin@example.org", "password": "medclusters-demo"})
    assert client.get("/admin/").status_code == 200


def test_setting_up_the_authenticator_counts_as_entering_a_code(client, transactional_db, mfa_required):
    """In a real transaction, as in production: allauth announces a new authenticator on commit."""
    from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY

    from conftest import reset_to_migrated_data
    from tests.factories import make_person

    reset_to_migrated_data()  # an earlier transactional test may have emptied the database
    make_person("root@example.org", is_staff=True, is_superuser=True)
    client.post("/en/accounts/login/", {"login": "root@example.org", "password": "secret-pass-123"})
    asked = client.get("/admin/", follow=True)  # allauth asks for the password again before activation
    assert asked.request["PATH_INFO"] == "/en/accounts/reauthenticate/"
    activation = client.post(asked.redirect_chain[-1][0], {"password": "secret-pass-123"}, follow=True)
    assert activation.request["PATH_INFO"] == "/en/accounts/2fa/totp/activate/"
    client.post("/en/accounts/2fa/totp/activate/", {"code": code(client.session[SECRET_SESSION_KEY])})
    assert client.get("/admin/").status_code == 200
