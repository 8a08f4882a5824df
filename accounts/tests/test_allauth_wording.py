"""The Arabic of allauth's sign-up screens, where the portal's catalogue corrects allauth's."""

from pathlib import Path

import allauth
import polib
import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from accounts.allauth_wording import CORRECTED

ALLAUTH_ARABIC = Path(allauth.__file__).parent / "locale" / "ar" / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("text", CORRECTED)
def test_each_corrected_string_is_still_allauths_own(text):
    assert text in {entry.msgid for entry in polib.pofile(str(ALLAUTH_ARABIC)) if not entry.obsolete}


@pytest.mark.parametrize("text", CORRECTED)
def test_the_portals_arabic_replaces_allauths(text):
    allauths = next(entry.msgstr for entry in polib.pofile(str(ALLAUTH_ARABIC)) if entry.msgid == text)
    with translation.override("ar"):
        assert translation.gettext(text) not in (text, allauths)


def test_after_signing_up_in_arabic_the_page_says_within_a_few_minutes(client, db):
    response = client.post(
        "/ar/accounts/signup/",
        {"email": "amina@example.org", "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"},
        follow=True,
    )
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ", strip=True)
    assert "إذا لم ترَ رسالة التحقق" in text
    assert "في غضون بضع دقائق" in text
    assert "غضو " not in text


def test_an_expired_confirmation_link_in_arabic_says_it_has_expired(client, db):
    response = client.get("/ar/accounts/confirm-email/no-such-key/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ", strip=True)
    assert "انتهت صلاحية رابط تأكيد البريد الإلكتروني" in text
    assert "نتهت فترة" not in text
