"""Portal administrators invite a manager into a cluster by email."""

import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from clusters.models import ClusterPage
from tests.factories import cluster


@pytest.fixture
def admin_client(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    return client


def test_inviting_a_new_person_creates_their_account_and_mails_a_password_link(
    admin_client, django_user_model, django_capture_on_commit_callbacks
):
    qoot = cluster("qoot")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/clusters/invite/", {"email": "Rania@Example.org", "cluster": qoot.pk, "language": "fr"}
        )
    assert response.status_code == 302
    user = django_user_model.objects.get(email="rania@example.org")
    assert not user.has_usable_password()
    assert user.groups.filter(name="QOOT editors").exists()
    [message] = mail.outbox
    assert message.to == ["rania@example.org"]
    assert message.subject == "Invitation à modifier QOOT sur Medclusters"
    assert message.body.startswith(
        "Bonjour,\n\nadmin@example.org vous invite à modifier les pages de QOOT sur Medclusters"
    )
    [(html, _mimetype)] = message.alternatives
    assert 'lang="fr"' in html and "Choisissez votre mot de passe" in html
    link = re.search(r"http://\S+/fr/accounts/password/reset/key/\S+", message.body).group(0)

    admin_client.logout()
    page = admin_client.get(urlsplit(link).path, follow=True)  # allauth moves the key into the session
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0]
    admin_client.post(form_url, {"password1": "Sahel-Textile-2027", "password2": "Sahel-Textile-2027"})
    user.refresh_from_db()
    assert user.check_password("Sahel-Textile-2027")
    assert EmailAddress.objects.get(user=user).verified
    assert ClusterPage.objects.get(pk=qoot.pk).permissions_for_user(user).can_edit()


def test_inviting_an_existing_user_adds_them_to_the_cluster(
    admin_client, django_user_model, django_capture_on_commit_callbacks
):
    valbiom = cluster("valbiom")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/clusters/invite/", {"email": "partner5@example.org", "cluster": valbiom.pk, "language": "en"}
        )
    partner = django_user_model.objects.get(email="partner5@example.org")
    assert partner.has_usable_password()
    assert partner.groups.filter(name="Valbiom editors").exists()
    [message] = mail.outbox
    assert re.search(r"^http://\S+/admin/$", message.body, re.MULTILINE)
    [(html, _mimetype)] = message.alternatives
    assert "Valbiom" in html and "/admin/" in html


def test_bad_input_re_renders_the_form(admin_client):
    response = admin_client.post(
        "/admin/clusters/invite/", {"email": "not-an-email", "cluster": "999999", "language": "xx"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"email", "cluster", "language"}


def test_an_address_longer_than_254_characters_is_refused(admin_client, django_user_model):
    email = "a" * 200 + "@" + "b" * 60 + ".example.org"
    response = admin_client.post(
        "/admin/clusters/invite/", {"email": email, "cluster": cluster("qoot").pk, "language": "fr"}
    )
    assert response.status_code == 200
    assert "An email address can have at most 254 characters (this one has 273)." in response.content.decode()
    assert not django_user_model.objects.filter(email__startswith="aaaa").exists()


def test_managers_cannot_invite(client, demo, django_user_model):
    client.force_login(django_user_model.objects.get(email="manager@ce3m.example.org"))
    qoot = cluster("qoot")
    response = client.post("/admin/clusters/invite/", {"email": "me@example.org", "cluster": qoot.pk, "language": "en"})
    assert response.status_code in (302, 403)
    assert not django_user_model.objects.filter(email="me@example.org").exists()
