"""allauth's mails reach people through the outbox, in the language of the person they are written to."""

import re
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from outbox.models import OutboxMessage
from tests.factories import make_person

PASSWORD = "a-long-Passphrase-42"
ALREADY_EXISTS = {
    "en": (
        "[Medclusters] Account Already Exists",
        "However, an account using that email address already exists.",
    ),
    "fr": (
        "[Medclusters] Ce compte existe déjà",
        "Cependant, un compte utilisant cette adresse existe déjà.",
    ),
    "ar": (
        "[Medclusters] الحساب موجود بالفعل",
        "لكن حسابا مربوطا بهذا البريد موجود بالفعل.",
    ),
}


def sign_up(email: str, language: str):
    return Client().post(
        f"/{language}/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def delivered_to(email: str) -> list:
    """The mails the outbox delivered to `email`, after checking each went through an outbox row."""
    rows = [row for row in OutboxMessage.objects.all() if row.recipients == [email]]
    assert all(row.status == OutboxMessage.Status.SENT for row in rows)
    messages = [message for message in mail.outbox if message.to == [email]]
    assert len(messages) == len(rows)
    return messages


@pytest.mark.parametrize(("language", "page_language"), [("en", "ar"), ("fr", "en"), ("ar", "en")])
def test_signing_up_with_a_registered_address_mails_its_owner_in_their_language(
    db, django_capture_on_commit_callbacks, language, page_language
):
    make_person("amina@example.org", language=language)
    people = get_user_model().objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up("Amina@Example.org", page_language)

    assert response.status_code == 302
    assert response.headers["Location"] == f"/{page_language}/accounts/confirm-email/"
    [message] = delivered_to("amina@example.org")
    subject, sentence = ALREADY_EXISTS[language]
    assert message.subject == subject
    assert sentence in message.body
    assert re.search(rf"http://\S+/{language}/accounts/password/reset/\s", message.body)
    assert get_user_model().objects.count() == people


def test_the_owners_password_link_from_that_mail_opens_the_reset_page_in_their_language(
    db, django_capture_on_commit_callbacks
):
    make_person("karim@example.org", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        sign_up("karim@example.org", "fr")
    [message] = delivered_to("karim@example.org")
    path = re.search(r"http://[^/\s]+(/\S+)", message.body).group(1)

    page = Client().get(path)

    assert page.status_code == 200 and '<html lang="ar" dir="rtl"' in page.text


def test_the_arabic_confirmation_mail_reads_back_with_its_subject_as_written(
    db, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up("nadia@example.org", "ar")

    [written] = list(Path(tmp_path).iterdir())
    # The file backend ends each message with a line of 79 dashes.
    raw = written.read_bytes().rsplit(b"\n" + b"-" * 79, 1)[0]
    message = message_from_bytes(raw, policy=policy.default)

    assert message["To"] == "nadia@example.org"
    assert message["Subject"] == "[Medclusters] أكد عنوان البريد الإلكتروني"


def test_a_password_reset_mail_is_in_the_language_of_the_account(db, django_capture_on_commit_callbacks):
    make_person("salma@example.org", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/en/accounts/password/reset/", {"email": "salma@example.org"})

    assert response.status_code == 302
    [message] = delivered_to("salma@example.org")
    assert message.subject == "[Medclusters] رسالة إعادة ضبط كلمة المرور"
    assert re.search(r"http://\S+/ar/accounts/password/reset/key/\S+", message.body)


def test_a_password_reset_for_an_unknown_address_tells_that_address_only(db, django_capture_on_commit_callbacks):
    people = get_user_model().objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/fr/accounts/password/reset/", {"email": "inconnu@example.org"})

    assert response.status_code == 302
    assert response.headers["Location"] == "/fr/accounts/password/reset/done/"
    [message] = delivered_to("inconnu@example.org")
    assert message.subject == "[Medclusters] Compte inconnu"
    assert re.search(r"http://\S+/fr/accounts/signup/", message.body)
    assert get_user_model().objects.count() == people


def test_the_arabic_mail_to_an_unknown_address_reads_in_arabic_from_its_first_word(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/ar/accounts/password/reset/", {"email": "majhoul@example.org"})

    [message] = delivered_to("majhoul@example.org")
    assert "تصلك هذه الرسالة لأن أحدًا، أنت أو شخصًا آخر، حاول الوصول إلى حساب" in message.body
    assert not re.search(r"^O ", message.body, flags=re.MULTILINE)
