"""A participant's B2B meetings in the download of their data, and what deleting their account leaves
of them for the other participants and the organisers."""

import pytest
from bs4 import BeautifulSoup

from accounts.personal_data import delete_account, export_personal_data
from clusters.models import Sector
from meetings import services
from meetings.models import MeetingRating, MeetingRequest, Opportunity, OpportunityType
from meetings.outcomes import outcome_totals_for_event

from . import factories


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def meetings(b2b, amina, karim, lucia, before_event):
    """Karim met Amina (and she rated it); Amina waits for Lucia's answer, Omar for Amina's."""
    Opportunity.objects.create(
        profile=amina,
        kind=Opportunity.Kind.OFFER,
        type=OpportunityType.objects.get(slug="technology", programme=None),
        title="Carbon fibre moulding",
    )
    amina.sectors.set(Sector.objects.all()[:1])
    request = services.send_request(karim, amina, "Karim here.", now=before_event)
    meeting = services.accept_request(request.pk, amina.user, now=before_event)
    MeetingRating.objects.create(meeting=meeting, profile=amina, outcome="cooperation", comment="Amina's note")
    return {
        "meeting": meeting,
        "to_lucia": services.send_request(amina, lucia, "Amina here.", now=before_event),
        "from_omar": services.send_request(
            factories.participant(b2b, "omar@example.org", organisation="Oran Plastics"),
            amina,
            "Omar here.",
            now=before_event,
        ),
    }


def test_the_download_holds_the_profile_requests_and_meetings(meetings, amina):
    data = export_personal_data(amina.user)
    [profile] = data["b2b_profiles"]
    assert (profile["organisation"], profile["country"]) == ("Atlas Composites", "MA")
    assert [item["title"] for item in profile["opportunities"]] == ["Carbon fibre moulding"]
    assert [(item["with"], item["status"]) for item in data["meeting_requests_sent"]] == [
        ("Valencia Robotics", "pending")
    ]
    assert sorted((item["with"], item["message"]) for item in data["meeting_requests_received"]) == [
        ("Cedar Sensors", "Karim here."),
        ("Oran Plastics", "Omar here."),
    ]
    [meeting] = data["meetings"]
    assert meeting["with"] == "Cedar Sensors"
    assert meeting["my_rating"] == {"outcome": "cooperation", "comment": "Amina's note"}
    assert "Omar here." in str(data) and "omar@example.org" not in str(data)


def test_a_deleted_participant_leaves_the_directory_and_reads_deleted_account(client, meetings, b2b, amina, karim):
    totals = outcome_totals_for_event(b2b.event)
    delete_account(amina.user)
    amina.refresh_from_db()
    assert (amina.organisation, amina.country, amina.presentation) == ("", "", "")
    assert not amina.opportunities.exists() and not amina.sectors.exists()
    sent, received = meetings["to_lucia"], meetings["from_omar"]
    sent.refresh_from_db()
    received.refresh_from_db()
    assert (sent.status, sent.message) == (MeetingRequest.Status.EXPIRED, "")
    assert (received.status, received.message) == (MeetingRequest.Status.EXPIRED, "Omar here.")
    assert MeetingRating.objects.get(profile=amina).comment == ""
    # The event's figures hold: participants, requests, meetings and ratings.
    assert outcome_totals_for_event(b2b.event) == totals
    client.force_login(karim.user)
    base = f"/fr/events/{b2b.event_id}/b2b/"
    directory = text(client.get(base))
    assert "Atlas Composites" not in directory and "compte supprimé" not in directory
    for page in ("requests/", "agenda/"):
        assert "compte supprimé" in text(client.get(base + page))
    participant = client.get(base + f"participants/{amina.pk}/")
    assert BeautifulSoup(participant.content, "html.parser").select_one("h1").get_text(strip=True) == "compte supprimé"
    assert "Ce participant a supprimé son compte." in text(participant)
    refused = client.post(base + f"participants/{amina.pk}/", {"message": "Still there?"})
    assert refused.status_code == 200 and "Cette personne ne participe pas aux rendez-vous B2B" in text(refused)
    assert not MeetingRequest.objects.filter(sender=karim, recipient=amina, message="Still there?").exists()
