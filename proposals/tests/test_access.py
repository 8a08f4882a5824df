"""The single manager rule on proposals: only the leading cluster's active editors (and the
administrators) manage a proposal and see the expressions of interest it receives."""

import pytest
from bs4 import BeautifulSoup

from proposals.models import ExpressionOfInterest, ProposalPage, ProposalStatus
from proposals.permissions import manages_proposal
from tests.factories import cluster, make_editor, make_index_editor

PENDING_FROM = "BioMed Valencia"  # the demo's waiting interest in CE3M's medical devices proposal


def leading_editor():
    return make_editor(cluster("ce3m"))


def other_cluster_editor():
    return make_editor(cluster("menara"))


def inactive_editor():
    return make_editor(cluster("ce3m"), active=False)


def lists_the_pending_interest(response) -> bool:
    cards = BeautifulSoup(response.content, "html.parser").select(".interest-list .card")
    return any(PENDING_FROM in card.get_text() for card in cards)


@pytest.mark.parametrize(
    ("person", "manages", "manage_status", "interests_status"),
    [
        (leading_editor, True, 200, 200),
        (other_cluster_editor, False, 403, 200),
        (inactive_editor, False, 302, 302),  # an inactive account is not logged in
        (make_index_editor, False, 403, 403),
    ],
)
def test_only_the_leading_cluster_editors_manage_a_proposal(
    client, demo, person, manages, manage_status, interests_status
):
    proposal = ProposalPage.objects.get(slug="local-medical-devices-industry", locale__language_code="en")
    assert ExpressionOfInterest.objects.filter(proposal=proposal, organisation_name=PENDING_FROM).exists()
    someone = person()
    assert manages_proposal(someone, proposal) is manages
    client.force_login(someone)

    assert client.get(f"/en/proposals/{proposal.pk}/manage/").status_code == manage_status
    client.post(f"/en/proposals/{proposal.pk}/manage/", {"new_status": ProposalStatus.WITHDRAWN})
    proposal.refresh_from_db()
    expected = ProposalStatus.WITHDRAWN if manages else ProposalStatus.LOOKING_FOR_PARTNERS
    assert proposal.status == expected

    interests = client.get("/en/proposals/interests/")
    assert interests.status_code == interests_status
    assert lists_the_pending_interest(interests) is manages
