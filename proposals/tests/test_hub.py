"""A cluster's page lists its proposals that are looking for partners."""

from clusters.tests.hub_pages import queries_for, section_titles
from proposals.models import ProposalStatus
from tests.factories import make_cluster, make_editor

from .factories import publish_proposal


def test_the_section_lists_only_proposals_looking_for_partners(client, demo):
    publish_proposal("ce3m", "open-search", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Open search")
    publish_proposal("ce3m", "just-an-idea", title="Just an idea")
    publish_proposal("qoot", "qoot-search", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="QOOT search")

    titles = section_titles(client, "/en/clusters/ce3m/", "proposals")

    assert titles[0] == "Open search"
    assert "Just an idea" not in titles and "QOOT search" not in titles


def test_at_most_five_proposals_and_a_constant_number_of_queries(client, demo):
    quiet = make_cluster("quiet", title="Quiet cluster")
    make_editor(quiet, "manager@quiet.example.org")  # who moves its proposals along
    publish_proposal(quiet, "an-idea", title="An idea")
    assert section_titles(client, "/en/clusters/quiet/", "proposals") is None

    def search(number: int) -> None:
        publish_proposal(quiet, f"search-{number}", status=ProposalStatus.LOOKING_FOR_PARTNERS, challenges=("health",))

    search(0)
    one = queries_for(client, "/en/clusters/quiet/")
    for number in range(1, 7):
        search(number)

    assert len(section_titles(client, "/en/clusters/quiet/", "proposals")) == 5
    assert queries_for(client, "/en/clusters/quiet/") == one
