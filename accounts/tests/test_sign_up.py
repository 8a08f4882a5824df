"""Sign-up works for every newcomer, one after another or many at once, and tells nobody who has an account."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from conftest import require_service
from tests.concurrency import run_in_threads

PASSWORD = "a-long-Passphrase-42"


def sign_up(client: Client, email: str, language: str = "en"):
    return client.post(f"/{language}/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD})


def confirm_and_log_in(email: str) -> Client:
    """Follow the link of the newest confirmation mail sent to `email`, then log in."""
    [body] = [message.body for message in mail.outbox if message.to == [email]][-1:]
    key = re.search(r"/confirm-email/([^/\s]+)/", body).group(1)
    client = Client()
    client.post(f"/en/accounts/confirm-email/{key}/")
    client.logout()
    response = client.post("/en/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session, email
    return client


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_two_people_sign_up_in_a_row_and_both_can_log_in(db, django_capture_on_commit_callbacks, language):
    with django_capture_on_commit_callbacks(execute=True):
        first = sign_up(Client(), "amina@example.org", language)
        second = sign_up(Client(), "karim@example.org", language)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"] == f"/{language}/accounts/confirm-email/"
    for email in ("amina@example.org", "karim@example.org"):
        confirm_and_log_in(email)
    usernames = list(
        EmailAddress.objects.filter(email__in=["amina@example.org", "karim@example.org"]).values_list(
            "user__username", flat=True
        )
    )
    assert len(set(usernames)) == 2 and "" not in usernames


def test_an_address_already_registered_gets_the_same_answer_as_a_new_one(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        known = sign_up(Client(), "partner1@example.org")
        new = sign_up(Client(), "newcomer@example.org")
    assert known.status_code == new.status_code == 302
    assert known.headers["Location"] == new.headers["Location"]
    assert {tuple(message.to) for message in mail.outbox} == {("partner1@example.org",), ("newcomer@example.org",)}


def test_twenty_people_signing_up_at_once_all_get_an_account(transactional_db):
    require_service("postgres")
    emails = [f"crowd{number}@example.org" for number in range(20)]
    errors = run_in_threads(lambda email: sign_up(Client(raise_request_exception=True), email), emails)
    assert errors == []
    assert sorted(EmailAddress.objects.filter(email__in=emails).values_list("email", flat=True)) == sorted(emails)
    assert {message.to[0] for message in mail.outbox} == set(emails)
    for email in emails[:3]:
        confirm_and_log_in(email)


def test_the_confirmation_mail_signs_as_the_portal(db, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(Client(), "amina@example.org")
    [message] = mail.outbox
    assert "Hello from Medclusters!" in message.body
    assert "portal.example.org" in message.body and "testserver!" not in message.body


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This password is too short. It must contain at least 8 characters."),
        ("fr", "Ce mot de passe est trop court. Il doit contenir au minimum 8 caractères."),
        ("ar", "كلمة المرور هذه قصيرة جدا. يجب أن تتكون من 8 حروف على الأقل."),
    ],
)
def test_password_errors_are_in_the_visitors_language(client, db, language, message):
    response = client.post(
        f"/{language}/accounts/signup/", {"email": "short@example.org", "password1": "abc", "password2": "abc"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()


# 312 characters: a valid address, longer than the 254 the email columns hold.
TOO_LONG = "a" * 60 + "." + "b" * 56 + "@" + ".".join(["c" * 60] * 3) + ".example.org"
TOO_LONG_ERROR = {
    "fr": "Une adresse e-mail peut compter au plus 254 caractères (celle-ci en compte 312).",
    "ar": "لا يمكن أن يتجاوز عنوان البريد الإلكتروني 254 حرفًا (هذا العنوان فيه 312).",
}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_address_longer_than_254_characters_is_refused(db, language):
    assert len(TOO_LONG) == 312
    response = sign_up(Client(), TOO_LONG, language)
    assert response.status_code == 200
    assert TOO_LONG_ERROR[language] in response.content.decode()
    assert not EmailAddress.objects.filter(email__startswith="aaaa").exists()


def test_signing_up_twice_with_a_too_long_address_never_fails(db):
    for language in ("fr", "ar"):
        response = sign_up(Client(raise_request_exception=True), TOO_LONG, language)
        assert response.status_code == 200 and TOO_LONG_ERROR[language] in response.content.decode()


def test_the_254_character_limit_holds_when_adding_an_address(client, db):
    from tests.factories import make_person

    client.force_login(make_person("amina@example.org"))
    response = client.post("/ar/accounts/email/", {"action_add": "", "email": TOO_LONG})
    assert response.status_code == 200
    assert TOO_LONG_ERROR["ar"] in response.content.decode()
    assert not EmailAddress.objects.filter(email=TOO_LONG[:254]).exists()
