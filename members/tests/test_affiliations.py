"""A person names the member organisation they belong to; a manager of its cluster confirms it."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from members.affiliations import AffiliationError, claim_organisation, confirm_affiliation
from members.models import Affiliation, MemberOrganisation
from tests.factories import make_person

ATLAS = "Atlas Précision Fonderie (demo)"
MY_ORGANISATION = "/en/members/my-organisation/"


@pytest.fixture
def amina(demo):
    return make_person("amina@example.org", language="fr", first_name="Amina")


@pytest.fixture
def person_client(amina):
    client = Client()
    client.force_login(amina)
    return client


def login(email: str, django_user_model) -> Client:
    client = Client()
    client.force_login(django_user_model.objects.get(email=email))
    return client


@pytest.fixture
def ce3m_client(demo, django_user_model):
    return login("manager@ce3m.example.org", django_user_model)


@pytest.fixture
def qoot_client(demo, django_user_model):
    return login("manager@qoot.example.org", django_user_model)


def member(name: str) -> MemberOrganisation:
    return MemberOrganisation.objects.get(name=name)


def a_member_of(slug: str) -> MemberOrganisation:
    return MemberOrganisation.objects.filter(cluster__slug=slug, cluster__locale__language_code="en").first()


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def profile_section(client: Client) -> str:
    page = BeautifulSoup(client.get("/en/accounts/profile/").content, "html.parser")
    return " ".join(page.select_one(".account-affiliation").get_text(" ").split())


def claim(client: Client, organisation: MemberOrganisation):
    return client.post(MY_ORGANISATION, {"organisation": organisation.pk})


def test_a_person_finds_their_organisation_by_name_and_claims_it(person_client, amina):
    assert "names no organisation of the member directory" in profile_section(person_client)

    page = BeautifulSoup(person_client.get(MY_ORGANISATION, {"q": "atlas fonderie"}).content, "html.parser")
    options = [option.get_text() for option in page.select("select[name=organisation] option")]
    assert options == [f"{ATLAS} (Casablanca, CE3M)"]

    response = claim(person_client, member(ATLAS))
    assert response.status_code == 302 and response.headers["Location"] == MY_ORGANISATION
    affiliation = Affiliation.objects.get(user=amina)
    assert affiliation.organisation.name == ATLAS and affiliation.confirmed_at is None
    assert f"You named “{ATLAS}”" in text(person_client.get(MY_ORGANISATION))
    assert f"{ATLAS} (CE3M): pending" in profile_section(person_client)


def test_a_search_that_matches_nothing_says_so(person_client):
    page = text(person_client.get(MY_ORGANISATION, {"q": "zzzqqq"}))
    assert "No organisation of the member directory has “zzzqqq” in its name." in page


def test_the_cluster_manager_confirms_the_claim_and_the_person_is_told_in_french(
    person_client, ce3m_client, amina, django_user_model, django_capture_on_commit_callbacks
):
    claim(person_client, member(ATLAS))
    affiliation = Affiliation.objects.get(user=amina)
    listing = BeautifulSoup(ce3m_client.get("/admin/members/affiliations/").content, "html.parser")
    row = " ".join(listing.select_one("table.listing tbody tr").get_text(" ").split())
    assert "amina@example.org" in row and ATLAS in row and "Pending" in row
    assert "Affiliations (1 pending)" in text(ce3m_client.get("/admin/members/"))

    with django_capture_on_commit_callbacks(execute=True):
        response = ce3m_client.post(f"/admin/members/affiliations/{affiliation.pk}/confirm/")
    assert response.status_code == 302
    affiliation.refresh_from_db()
    assert affiliation.confirmed_by == django_user_model.objects.get(email="manager@ce3m.example.org")
    assert affiliation.confirmed_at is not None
    assert f"{ATLAS} (CE3M): confirmed by the managers of its cluster on" in profile_section(person_client)

    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject == f"Votre organisation est confirmée : {ATLAS}"
    assert message.body.startswith(
        f"Bonjour Amina,\n\nLes responsables de CE3M ont confirmé que vous faites partie de {ATLAS}, membre"
    )
    assert "http://" in message.body and "/fr/accounts/profile/" in message.body
    [(html, _mimetype)] = message.alternatives
    assert 'lang="fr"' in html and "/fr/accounts/profile/" in html

    with django_capture_on_commit_callbacks(execute=True):
        ce3m_client.post(f"/admin/members/affiliations/{affiliation.pk}/confirm/")
    assert len(mail.outbox) == 1  # confirming again mails nobody


def test_the_profile_speaks_french(person_client):
    claim(person_client, member(ATLAS))
    page = text(person_client.get("/fr/accounts/profile/"))
    assert "Votre organisation dans l’annuaire" in page
    assert "en attente" in page


def test_another_clusters_manager_neither_sees_nor_answers_the_claim(person_client, qoot_client, amina):
    claim(person_client, member(ATLAS))
    affiliation = Affiliation.objects.get(user=amina)
    assert "amina@example.org" not in text(qoot_client.get("/admin/members/affiliations/"))
    for action in ("confirm", "reject"):
        response = qoot_client.post(f"/admin/members/affiliations/{affiliation.pk}/{action}/", follow=True)
        assert response.status_code == 404
    affiliation.refresh_from_db()
    assert affiliation.confirmed_at is None


def test_the_service_refuses_a_manager_of_another_cluster(amina, django_user_model):
    affiliation = claim_organisation(amina, member(ATLAS))
    qoot_manager = django_user_model.objects.get(email="manager@qoot.example.org")
    with pytest.raises(AffiliationError):
        confirm_affiliation(affiliation, qoot_manager)
    affiliation.refresh_from_db()
    assert affiliation.confirmed_at is None


def test_a_partner_cannot_confirm(person_client, amina, django_user_model):
    claim(person_client, member(ATLAS))
    affiliation = Affiliation.objects.get(user=amina)
    partner = login("partner1@example.org", django_user_model)
    response = partner.post(f"/admin/members/affiliations/{affiliation.pk}/confirm/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/en/accounts/login/")
    # Nor may the person confirm their own claim.
    person_client.post(f"/admin/members/affiliations/{affiliation.pk}/confirm/")
    affiliation.refresh_from_db()
    assert affiliation.confirmed_at is None


def test_get_changes_nothing(person_client, ce3m_client, amina):
    assert person_client.get(MY_ORGANISATION, {"organisation": member(ATLAS).pk}).status_code == 200
    assert not Affiliation.objects.filter(user=amina).exists()
    claim(person_client, member(ATLAS))
    affiliation = Affiliation.objects.get(user=amina)
    assert person_client.get("/en/members/my-organisation/withdraw/").status_code == 405
    for action in ("confirm", "reject"):
        assert ce3m_client.get(f"/admin/members/affiliations/{affiliation.pk}/{action}/").status_code == 405
    affiliation.refresh_from_db()
    assert affiliation.confirmed_at is None


def test_claiming_needs_a_csrf_token(amina):
    client = Client(enforce_csrf_checks=True)
    client.force_login(amina)
    assert claim(client, member(ATLAS)).status_code == 403
    assert not Affiliation.objects.filter(user=amina).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, demo):
    response = client.get(MY_ORGANISATION)
    assert response.status_code == 302 and response.headers["Location"].startswith("/en/accounts/login/")
    response = claim(client, member(ATLAS))
    assert response.status_code == 302 and response.headers["Location"].startswith("/en/accounts/login/")
    assert not Affiliation.objects.exists()


def test_a_person_withdraws_their_claim(person_client, amina):
    claim(person_client, member(ATLAS))
    response = person_client.post("/en/members/my-organisation/withdraw/")
    assert response.status_code == 302
    assert not Affiliation.objects.filter(user=amina).exists()
    assert "names no organisation of the member directory" in profile_section(person_client)


def test_claiming_another_organisation_replaces_the_first_and_its_confirmation(
    person_client, ce3m_client, amina, django_capture_on_commit_callbacks
):
    claim(person_client, member(ATLAS))
    first = Affiliation.objects.get(user=amina)
    with django_capture_on_commit_callbacks(execute=True):
        ce3m_client.post(f"/admin/members/affiliations/{first.pk}/confirm/")
    claim(person_client, member(ATLAS))  # the same organisation again: still confirmed
    assert Affiliation.objects.get(user=amina).confirmed_at is not None

    other = a_member_of("qoot")
    claim(person_client, other)
    [current] = Affiliation.objects.filter(user=amina)
    assert current.organisation == other and current.confirmed_at is None
    assert f"{other.name} (QOOT): pending" in profile_section(person_client)
    # The CE3M manager's screen no longer offers the old claim.
    assert ce3m_client.post(f"/admin/members/affiliations/{first.pk}/reject/", follow=True).status_code == 404
    assert Affiliation.objects.filter(user=amina).exists()


def test_the_manager_rejects_a_claim(person_client, ce3m_client, amina):
    claim(person_client, member(ATLAS))
    affiliation = Affiliation.objects.get(user=amina)
    assert ce3m_client.post(f"/admin/members/affiliations/{affiliation.pk}/reject/").status_code == 302
    assert not Affiliation.objects.filter(user=amina).exists()
    assert len(mail.outbox) == 0


def test_only_organisations_of_published_clusters_can_be_claimed(person_client, amina):
    organisation = member(ATLAS)
    organisation.cluster.unpublish()
    page = BeautifulSoup(person_client.get(MY_ORGANISATION, {"q": "atlas"}).content, "html.parser")
    options = [option.get_text() for option in page.select("select[name=organisation] option")]
    assert ATLAS not in " ".join(options)
    assert "Design Atlas Studio (demo) (Casablanca, MDFC)" in options
    claim(person_client, organisation)
    assert not Affiliation.objects.filter(user=amina).exists()


def test_an_unconfirmed_address_cannot_claim(demo):
    person = make_person(verified=False)
    with pytest.raises(AffiliationError):
        claim_organisation(person, member(ATLAS))
    assert not Affiliation.objects.filter(user=person).exists()


def test_the_link_is_in_the_persons_data_and_goes_with_their_account(amina):
    from accounts.personal_data import delete_account, export_personal_data

    organisation = a_member_of("ce3m")
    claim_organisation(amina, organisation)
    exported = export_personal_data(amina)
    assert exported["member_organisation"]["organisation"] == organisation.name
    delete_account(amina)
    assert not Affiliation.objects.filter(organisation=organisation, user=amina).exists()
