"""A partner's expressions of interest in the download of their data, and what deleting their account
leaves of them for the leading cluster's managers."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage

from accounts.personal_data import delete_account, export_personal_data
from proposals.interests import answer_interest, express_interest
from proposals.models import ExpressionOfInterest, ProposalStatus
from tests.factories import make_person

from .factories import manager, pdf_upload, publish_proposal

OFFER = {"organisation_name": "Sfax Electronics", "country": "TN", "role_offered": "Pilot production"}


@pytest.fixture
def proposals(demo):
    looking = publish_proposal("ce3m", "eoi", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Local sensors")
    other = publish_proposal("ce3m", "eoi-2", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Smart grids")
    return looking, other


@pytest.fixture
def partner(proposals, django_capture_on_commit_callbacks):
    """A partner with two interests: one with a file still waiting, one accepted with a reply."""
    looking, other = proposals
    person = make_person("sami@example.org", first_name="Sami", last_name="Trabelsi")
    express_interest(looking, person, message="We make boards.", attachment=pdf_upload("sfax.pdf"), **OFFER)
    accepted = express_interest(other, person, message="We test grids.", **OFFER)
    with django_capture_on_commit_callbacks(execute=True):
        answer_interest(accepted, manager(), accept=True, reply="Welcome aboard.")
    return person


def test_the_download_holds_each_interest_with_its_answer(partner):
    data = export_personal_data(partner)["expressions_of_interest"]
    assert sorted((item["proposal"], item["status"], item["reply"], item["attachment_sent"]) for item in data) == [
        ("Local sensors", "pending", "", True),
        ("Smart grids", "accepted", "Welcome aboard.", False),
    ]
    assert {item["message"] for item in data} == {"We make boards.", "We test grids."}


def test_a_deleted_partners_interests_stay_as_deleted_account(
    client, partner, proposals, django_capture_on_commit_callbacks
):
    waiting = ExpressionOfInterest.objects.get(author=partner, status="pending")
    attachment = waiting.attachment.name
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(partner)
    assert not default_storage.exists(attachment)
    interests = ExpressionOfInterest.objects.filter(author=partner)
    assert interests.count() == 2
    assert sorted(interests.values_list("status", "message", "attachment", "reply")) == [
        ("accepted", "", "", "Welcome aboard."),
        ("declined", "", "", ""),
    ]
    client.force_login(manager())
    page = BeautifulSoup(client.get("/fr/proposals/interests/").content, "html.parser")
    cards = [card.get_text(" ", strip=True) for card in page.select(".interest-list .card")]
    mine = [card for card in cards if "Sfax Electronics" in card]
    assert len(mine) == 2 and all("De compte supprimé" in card for card in mine)
    assert not any("Sami" in card or "sfax.pdf" in card or "We make boards" in card for card in cards)
