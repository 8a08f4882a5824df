"""A person's profile: who they are, their language for mail, which optional mails they get."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_person


@pytest.fixture
def amina(client, db):
    person = make_person("amina@example.org")
    client.force_login(person)
    return person


def test_the_profile_opens_from_the_account_menu(client, amina):
    page = BeautifulSoup(client.get("/en/accounts/email/").content, "html.parser")
    assert page.select_one('.account-menu a[href="/en/accounts/profile/"]')
    assert client.get("/en/accounts/profile/").status_code == 200


def test_a_person_saves_their_name_organisation_language_and_mail_choices(client, amina):
    response = client.post(
        "/fr/accounts/profile/",
        {
            "first_name": "Amina",
            "last_name": "Benali",
            "organisation": "Atlas Composites",
            "job_title": "Directrice R&D",
            "country": "MA",
            "preferred_language": "ar",
            "wants_event_reminders": "on",
        },
    )
    assert response.status_code == 302 and response.headers["Location"] == "/fr/accounts/profile/"
    amina.refresh_from_db()
    assert (amina.get_full_name(), amina.organisation, amina.country) == ("Amina Benali", "Atlas Composites", "MA")
    assert amina.preferred_language == "ar" and amina.greeting_name == "Amina"
    assert (amina.wants_event_reminders, amina.wants_follow_updates, amina.wants_weekly_digest) == (True, False, False)
    assert "Votre profil est enregistré." in client.get("/en/accounts/profile/").content.decode()


def test_a_wrong_choice_re_renders_the_form_with_the_error_and_keeps_the_rest(client, amina):
    response = client.post(
        "/en/accounts/profile/", {"first_name": "Amina", "country": "XX", "preferred_language": "en"}
    )
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_country").find_parent("div").select_one(".errorlist")
    assert page.select_one("#id_first_name")["value"] == "Amina"
    amina.refresh_from_db()
    assert amina.first_name == ""


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize(
    ("language", "heading", "saved"),
    [("fr", "Votre profil", "Votre profil est enregistré."), ("ar", "ملفك الشخصي", "تم حفظ ملفك الشخصي.")],
)
def test_the_profile_speaks_the_visitors_language(client, amina, language, heading, saved):
    page = BeautifulSoup(client.get(f"/{language}/accounts/profile/").content, "html.parser")
    assert page.select_one("h1").get_text(strip=True) == heading
    client.post(
        f"/{language}/accounts/profile/", {"first_name": "Amina", "country": "MA", "preferred_language": language}
    )
    assert saved in client.get(f"/{language}/accounts/profile/").content.decode()
