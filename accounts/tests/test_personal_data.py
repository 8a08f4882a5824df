"""A person's own data: downloading all of it from the profile page, and deleting their account."""

import csv
import io
import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.personal_data import AccountDeletionError, delete_account, export_personal_data
from agenda import services as agenda_services
from agenda.models import RegistrationQuestion
from agenda.signed_links import checkin_token
from following.models import Follow
from following.services import follow
from meetings import services as meeting_services
from meetings.models import Opportunity, OpportunityType, ParticipantProfile
from meetings.tests import factories as meeting_factories
from outbox.models import OutboxMessage
from proposals.interests import express_interest
from proposals.models import ExpressionOfInterest, ProposalStatus
from proposals.tests.factories import pdf_upload, publish_proposal
from tests.factories import cluster, make_person

PASSWORD = "secret-pass-123"
User = get_user_model()


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def manager(slug: str = "ce3m"):
    return User.objects.get(email=f"manager@{slug}.example.org")


@pytest.fixture
def world(demo):
    """Amina takes part everywhere: an event (with an answer), its B2B meetings (a profile, an
    opportunity, a meeting, a request waiting), a proposal (an interest with a file) and follows.
    Others do too, beside her."""
    event = meeting_factories.event("Casablanca Techdays")
    RegistrationQuestion.objects.create(page=event, locale=event.locale, label="Dietary needs")
    question = event.questions.get()
    amina = make_person(
        "amina@example.org",
        first_name="Amina",
        last_name="Benali",
        organisation="Atlas Composites",
        job_title="R&D director",
        country="MA",
    )
    Authenticator.objects.create(user=amina, type=Authenticator.Type.TOTP, data={"secret": "encrypted"})
    registration = agenda_services.register_attendee(event, amina, {question.key: "Vegetarian"})
    programme = meeting_factories.programme(event)
    karim = meeting_factories.participant(programme, "karim@example.org", organisation="Cedar Sensors")
    lucia = meeting_factories.participant(programme, "lucia@example.org", organisation="Valencia Robotics")
    profile = ParticipantProfile.objects.create(
        programme=programme,
        user=amina,
        organisation="Atlas Composites",
        country="MA",
        organisation_type="sme",
        presentation="Composite parts for aircraft.",
    )
    Opportunity.objects.create(
        profile=profile,
        kind=Opportunity.Kind.OFFER,
        type=OpportunityType.objects.get(slug="technology", programme=None),
        title="Carbon fibre moulding",
    )
    meeting = meeting_services.accept_request(
        meeting_services.send_request(karim, profile, "Karim would like to meet.").pk, amina
    )
    waiting = meeting_services.send_request(profile, lucia, "Amina would like to meet.")
    proposal = publish_proposal("ce3m", "composites", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Recycling")
    offer = {"organisation_name": "Atlas Composites", "country": "MA", "role_offered": "Pilot line"}
    interest = express_interest(
        proposal, amina, message="We mould 10,000 parts a year.", attachment=pdf_upload("atlas.pdf"), **offer
    )
    express_interest(
        proposal, karim.user, message="Karim's own offer.", **{**offer, "organisation_name": "Cedar Sensors"}
    )
    follow(amina, cluster("qoot"))
    follow(karim.user, cluster("menara"))
    other_event = meeting_factories.event("Tunis Workshop")
    agenda_services.register_attendee(other_event, karim.user)
    return {
        "amina": amina,
        "event": event,
        "registration": registration,
        "karim": karim,
        "lucia": lucia,
        "meeting": meeting,
        "waiting": waiting,
        "proposal": proposal,
        "interest": interest,
    }


def download(client, language: str = "en"):
    return client.get(f"/{language}/accounts/profile/my-data/")


# Downloading one's data


def test_the_profile_page_offers_the_download_and_the_deletion(client, world):
    client.force_login(world["amina"])
    page = BeautifulSoup(client.get("/fr/accounts/profile/").content, "html.parser")
    assert page.select_one('a[href="/fr/accounts/profile/my-data/"]').get_text(strip=True) == "Télécharger mes données"
    assert page.select_one('a[href="/fr/accounts/profile/delete/"]').get_text(strip=True) == "Supprimer mon compte"


def test_the_download_is_a_json_file_with_each_section_of_the_persons_own_data(client, world):
    client.force_login(world["amina"])
    response = download(client)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="medclusters-my-data.json"'
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    profile = data["profile"]
    assert (profile["first_name"], profile["last_name"], profile["email"]) == ("Amina", "Benali", "amina@example.org")
    assert (profile["organisation"], profile["job_title"], profile["country"]) == (
        "Atlas Composites",
        "R&D director",
        "MA",
    )
    assert profile["preferred_language"] == "en" and profile["wants_weekly_digest"] is True and profile["date_joined"]
    assert data["email_addresses"] == [{"email": "amina@example.org", "verified": True, "primary": True}]
    assert [item["type"] for item in data["two_factor_authentication"]] == ["totp"]
    assert "encrypted" not in response.content.decode()
    [registration] = data["event_registrations"]
    assert (registration["event"], registration["status"], registration["checked_in"]) == (
        "Casablanca Techdays",
        "confirmed",
        False,
    )
    assert registration["answers"] == [{"question": "Dietary needs", "answer": "Vegetarian"}]
    assert registration["start"].startswith("2031-05-20")
    [b2b] = data["b2b_profiles"]
    assert (b2b["event"], b2b["organisation"], b2b["presentation"]) == (
        "Casablanca Techdays",
        "Atlas Composites",
        "Composite parts for aircraft.",
    )
    assert [opportunity["title"] for opportunity in b2b["opportunities"]] == ["Carbon fibre moulding"]
    [sent] = data["meeting_requests_sent"]
    assert (sent["with"], sent["message"], sent["status"]) == (
        "Valencia Robotics",
        "Amina would like to meet.",
        "pending",
    )
    [received] = data["meeting_requests_received"]
    assert (received["with"], received["status"]) == ("Cedar Sensors", "accepted")
    [meeting] = data["meetings"]
    assert (meeting["with"], meeting["table"], meeting["my_rating"]) == ("Cedar Sensors", world["meeting"].table, None)
    [interest] = data["expressions_of_interest"]
    assert (interest["proposal"], interest["message"], interest["status"]) == (
        "Recycling",
        "We mould 10,000 parts a year.",
        "pending",
    )
    assert interest["attachment_sent"] is True and interest["attachment_name"] == "atlas.pdf"
    assert [(item["kind"], item["name"]) for item in data["follows"]] == [("cluster", cluster("qoot").title)]
    # Nobody else's data: not Karim's address, registration, interest or follows.
    content = response.content.decode()
    for other in ("karim@example.org", "lucia@example.org", "Tunis Workshop", "Karim's own offer", "MENARA"):
        assert other not in content


def test_the_download_makes_as_many_queries_for_many_rows_as_for_one(world):
    amina = world["amina"]
    with CaptureQueriesContext(connection) as one_each:
        export_personal_data(amina)
    for title in ("Rabat Forum", "Sfax Days", "Beirut Meetup"):
        event = meeting_factories.event(title)
        RegistrationQuestion.objects.create(page=event, locale=event.locale, label="Company")
        agenda_services.register_attendee(event, amina, {event.questions.get().key: "Atlas"})
    for slug in ("menara", "ce3m"):
        follow(amina, cluster(slug))
    for slug in ("batteries", "hydrogen"):
        proposal = publish_proposal("ce3m", slug, status=ProposalStatus.LOOKING_FOR_PARTNERS)
        express_interest(
            proposal, amina, organisation_name="Atlas Composites", country="MA", role_offered="Tests", message="Hi"
        )
    with CaptureQueriesContext(connection) as more:
        data = export_personal_data(amina)
    assert len(data["event_registrations"]) == 4 and len(data["follows"]) == 3
    assert len(data["expressions_of_interest"]) == 3
    assert len(more) == len(one_each)


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    for path in ("/en/accounts/profile/my-data/", "/en/accounts/profile/delete/"):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/en/accounts/login/")
    response = client.post("/en/accounts/profile/delete/", {"password": PASSWORD})
    assert response.headers["Location"].startswith("/en/accounts/login/")


# Deleting one's account


def test_the_confirmation_page_explains_and_changes_nothing(client, world):
    amina = world["amina"]
    client.force_login(amina)
    response = client.get("/en/accounts/profile/delete/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("h1").get_text(strip=True) == "Delete my account"
    assert "cannot be undone" in text(response) and page.select_one('form[method="post"] input[name="password"]')
    amina.refresh_from_db()
    assert amina.is_active and amina.email == "amina@example.org" and amina.deleted_at is None
    assert Follow.objects.filter(user=amina).exists() and client.get("/en/accounts/profile/").status_code == 200


@pytest.mark.parametrize(
    ("language", "error"), [("en", "This is not your password."), ("fr", "Ce n’est pas votre mot de passe.")]
)
def test_a_wrong_password_re_renders_the_form_with_the_error(client, world, language, error):
    amina = world["amina"]
    client.force_login(amina)
    response = client.post(f"/{language}/accounts/profile/delete/", {"password": "not-my-password"})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_password").find_parent("div").select_one(".errorlist").get_text(strip=True) == error
    amina.refresh_from_db()
    assert amina.is_active and amina.deleted_at is None


def test_a_person_who_took_part_everywhere_deletes_their_account(client, world, django_capture_on_commit_callbacks):
    amina, event = world["amina"], world["event"]
    confirmed_before = event.confirmed_count()
    assert OutboxMessage.objects.filter(recipients=["amina@example.org"]).exists()  # her confirmation, say
    other_session = client.__class__()
    other_session.force_login(amina)
    client.force_login(amina)
    attachment = world["interest"].attachment.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/accounts/profile/delete/", {"password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/fr/"
    assert "Votre compte est supprimé." in text(client.get("/fr/"))
    # Logged out here and in every other session; the address and password no longer open anything.
    for session in (client, other_session):
        assert session.get("/en/accounts/profile/").headers["Location"].startswith("/en/accounts/login/")
    login = client.post("/en/accounts/login/", {"login": "amina@example.org", "password": PASSWORD})
    assert login.status_code == 200 and "_auth_user_id" not in client.session
    amina.refresh_from_db()
    assert amina.email == amina.username == f"deleted-{amina.pk}@invalid" and not amina.is_active
    assert (amina.first_name, amina.last_name, amina.organisation, amina.job_title, amina.country) == ("",) * 5
    assert not amina.has_usable_password() and amina.deleted_at is not None
    assert (
        not EmailAddress.objects.filter(user=amina).exists() and not Authenticator.objects.filter(user=amina).exists()
    )
    assert not OutboxMessage.objects.filter(recipients=["amina@example.org"]).exists()
    # The event keeps its registrations.
    assert event.confirmed_count() == confirmed_before
    # The organisers see a deleted account in the export and at the check-in desk.
    client.force_login(manager())
    export = client.get(reverse("agenda_export_csv", args=[event.pk])).content.decode("utf-8-sig")
    rows = {row[0]: row for row in csv.reader(io.StringIO(export))}
    assert rows["deleted account"][1:3] == ["", "Confirmed"]
    assert "amina@example.org" not in export and "Amina" not in export and "Vegetarian" not in export
    checkin = client.get(event.url + f"checkin/{checkin_token(world['registration'])}/")
    assert BeautifulSoup(checkin.content, "html.parser").select_one("h1").get_text(strip=True) == "deleted account"
    assert "amina@example.org" not in checkin.content.decode() and "deleted-" not in checkin.content.decode()
    # The leading cluster's managers see the interest from a deleted account, without message or file.
    interests = text(client.get("/en/proposals/interests/"))
    assert "From deleted account" in interests and "We mould" not in interests and "atlas.pdf" not in interests
    assert not default_storage.exists(attachment)
    assert ExpressionOfInterest.objects.filter(proposal=world["proposal"]).count() == 2
    # Her follows are gone; the B2B participants see a deleted account.
    assert not Follow.objects.filter(user=amina).exists()
    client.force_login(world["karim"].user)
    agenda = text(client.get(f"/en/events/{event.pk}/b2b/agenda/"))
    assert "deleted account" in agenda and "Atlas Composites" not in agenda
    # The same address may sign up again, for a new account.
    client.logout()
    signup = client.post(
        "/en/accounts/signup/",
        {"email": "amina@example.org", "password1": "new-pass-2468!", "password2": "new-pass-2468!"},
    )
    assert signup.status_code == 302
    assert User.objects.get(email="amina@example.org").pk != amina.pk


def test_an_account_without_a_password_is_deleted_with_its_typed_address(client, demo):
    invited = make_person("invited@example.org")
    invited.set_unusable_password()
    invited.save()
    client.force_login(invited)
    page = BeautifulSoup(client.get("/en/accounts/profile/delete/").content, "html.parser")
    assert page.select_one("input[name=email]") and not page.select_one("input[name=password]")
    wrong = client.post("/en/accounts/profile/delete/", {"email": "someone@example.org"})
    assert "This is not the address of your account." in text(wrong)
    assert client.post("/en/accounts/profile/delete/", {"email": "Invited@Example.org"}).status_code == 302
    invited.refresh_from_db()
    assert invited.is_deleted


def test_the_last_administrator_cannot_delete_their_account(client, demo):
    admin = User.objects.get(email="admin@example.org")
    User.objects.filter(is_superuser=True).exclude(pk=admin.pk).update(is_superuser=False)
    client.force_login(admin)
    refusal = "You are the portal's last administrator"
    assert refusal in text(client.get("/en/accounts/profile/delete/"))
    response = client.post("/en/accounts/profile/delete/", {"password": "medclusters-demo"})
    assert response.status_code == 200 and refusal in text(response)
    with pytest.raises(AccountDeletionError):
        delete_account(admin)
    admin.refresh_from_db()
    assert admin.is_active and admin.is_superuser
    # With another administrator, they may.
    make_person("second-admin@example.org", is_superuser=True)
    delete_account(admin)
    admin.refresh_from_db()
    assert admin.is_deleted and not admin.is_superuser


def test_a_deleted_account_is_not_deleted_twice(world):
    delete_account(world["amina"])
    with pytest.raises(AccountDeletionError, match="already deleted"):
        delete_account(world["amina"])
