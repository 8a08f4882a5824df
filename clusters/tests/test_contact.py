"""Writing to a cluster: signed-in people only, mailed to its managers in their language, limited per person."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache

from clusters.contact import CONTACT_LIMITS
from outbox.models import OutboxMessage
from tests.factories import cluster, make_cluster, make_editor, make_person

URL = "/en/clusters/ce3m/contact/"
MESSAGE = {"subject": "Sourcing PCBs", "message": "We are looking for a PCB assembler for 5,000 boards a year."}


@pytest.fixture
def sender(client, demo):
    cache.clear()  # the counts of the rate limit
    person = make_person("sender@example.org", first_name="Leila", last_name="Haddad", organisation="Atlas Sensors")
    client.force_login(person)
    return person


def page(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def post(client, django_capture_on_commit_callbacks, url: str = URL, data: dict | None = None):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, data or MESSAGE)


def test_an_anonymous_visitor_gets_a_login_link_back_to_the_form(client, demo):
    login = page(client.get(URL)).select_one("main a[href^='/en/accounts/login/']")
    assert login["href"] == "/en/accounts/login/?next=%2Fen%2Fclusters%2Fce3m%2Fcontact%2F"
    response = client.post(URL, MESSAGE)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert not OutboxMessage.objects.exists()


def test_the_cluster_page_links_to_the_form(client, demo):
    cache.clear()
    assert page(client.get("/en/clusters/ce3m/")).select_one("#contact-heading ~ p > a")["href"] == URL


def test_showing_the_form_sends_nothing(client, sender):
    form = page(client.get(URL)).select_one("main form")
    assert {field["name"] for field in form.select("input, textarea")} >= {"subject", "message"}
    assert not OutboxMessage.objects.exists()


def test_each_manager_of_the_cluster_gets_the_message_in_their_language(
    client, sender, django_capture_on_commit_callbacks
):
    french = make_editor(cluster("ce3m"), "gestionnaire@ce3m.example.org", language="fr")
    make_editor(cluster("qoot"), "other@qoot.example.org")

    response = post(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302 and response["Location"] == "/en/clusters/ce3m/"
    recipients = {message.to[0]: message for message in mail.outbox}
    assert "gestionnaire@ce3m.example.org" in recipients and "manager@ce3m.example.org" in recipients
    assert "other@qoot.example.org" not in recipients and "manager@qoot.example.org" not in recipients
    message = recipients[french.email]
    assert message.subject == "Message pour CE3M : Sourcing PCBs"
    assert "Leila Haddad (Atlas Sensors) a écrit à CE3M sur Medclusters." in message.body
    assert MESSAGE["message"] in message.body and "/fr/clusters/ce3m/" in message.body
    assert message.reply_to == ["sender@example.org"]
    assert all("sender@example.org" not in text for text in (message.body, message.alternatives[0][0]))
    assert "Your message is on its way" in client.get("/en/clusters/ce3m/").content.decode()


def test_a_cluster_without_managers_gets_the_message_at_its_contact_address(
    client, sender, django_capture_on_commit_callbacks
):
    make_cluster("lonely", title="Lonely cluster", contact_email="hello@lonely.example.org")
    post(client, django_capture_on_commit_callbacks, "/en/clusters/lonely/contact/")
    [message] = mail.outbox
    assert message.to == ["hello@lonely.example.org"] and message.reply_to == ["sender@example.org"]


def test_the_limit_keeps_the_message_and_sends_nothing(client, sender, django_capture_on_commit_callbacks):
    per_hour = CONTACT_LIMITS[0][0]
    for _ in range(per_hour):
        assert post(client, django_capture_on_commit_callbacks).status_code == 302
    queued = OutboxMessage.objects.count()

    response = post(client, django_capture_on_commit_callbacks, "/fr/clusters/ce3m/contact/")
    assert response.status_code == 429
    refused = BeautifulSoup(response.content, "html.parser")

    assert "Vous avez envoyé beaucoup de messages" in refused.select_one("[role=alert]").get_text()
    assert refused.select_one("textarea[name=message]").get_text(strip=True) == MESSAGE["message"]
    assert OutboxMessage.objects.count() == queued


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"subject": "", "message": MESSAGE["message"]}, "subject"),
        ({"subject": "Hi", "message": "Too short."}, "message"),
        ({"subject": "Hi", "message": "x" * 5001}, "message"),
        ({"subject": "Hi\x07", "message": MESSAGE["message"]}, "subject"),
        ({"subject": "Hi", "message": MESSAGE["message"] + "\x1b[2J"}, "message"),
    ],
)
def test_bad_input_shows_the_form_again_in_the_persons_language(
    client, sender, django_capture_on_commit_callbacks, data, field
):
    response = page(post(client, django_capture_on_commit_callbacks, "/ar/clusters/ce3m/contact/", data))
    errors = response.select_one(f"#id_{field} ~ .errorlist").get_text()
    assert errors and not any(word in errors for word in ("This field", "Ensure", "Remove"))
    assert not OutboxMessage.objects.exists()


def test_an_unknown_cluster_is_not_found(client, sender):
    assert client.get("/en/clusters/nowhere/contact/").status_code == 404
