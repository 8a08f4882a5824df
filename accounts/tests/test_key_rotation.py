"""Rotating SECRET_KEY: with the old key among the fallbacks, people with MFA still log in; after
`rotate_mfa_secrets`, the old key can go."""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core.management import call_command

OLD_KEY = "the-old-key-" + "o" * 50
NEW_KEY = "the-new-key-" + "n" * 50


def code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in_with_totp(client, secret: str) -> bool:
    login = client.post("/en/accounts/login/", {"login": "partner3@example.org", "password": "medclusters-demo"})
    client.post(login.headers["Location"], {"code": code(secret)})
    return "_auth_user_id" in client.session


@pytest.fixture
def partner_with_totp(demo, settings, django_user_model):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = OLD_KEY, []
    secret = generate_totp_secret()
    TOTP.activate(django_user_model.objects.get(email="partner3@example.org"), secret)
    return secret


def test_with_the_old_key_as_a_fallback_totp_logins_keep_working(client, settings, partner_with_totp):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    assert log_in_with_totp(client, partner_with_totp)


def test_after_re_encryption_the_old_key_is_no_longer_needed(client, settings, partner_with_totp):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    call_command("rotate_mfa_secrets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.SECRET_KEY_FALLBACKS = []
    assert log_in_with_totp(client, partner_with_totp)
