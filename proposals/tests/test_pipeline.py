"""The status pipeline: every allowed step, every refused one, who may take them, and the timeline."""

import pytest
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Locale

from proposals.errors import ProposalError, ProposalPermissionDenied
from proposals.models import ProposalPage, ProposalStatus, ProposalStatusChange
from proposals.models.pipeline import SET_BY_THE_PORTAL_ONLY, TRANSITIONS
from proposals.services import change_proposal_status

from .factories import manager, publish_proposal, user

S = ProposalStatus


def proposal_in(status: str, slug: str = "pipeline") -> ProposalPage:
    """A CE3M proposal that has reached `status` through the pipeline."""
    reachable = {S.IDEA, S.LOOKING_FOR_PARTNERS, S.CONSORTIUM_FORMED, S.SUBMITTED}
    if status in reachable:
        return publish_proposal("ce3m", slug, status=status)
    if status == S.EXPIRED:
        proposal = publish_proposal("ce3m", slug, status=S.LOOKING_FOR_PARTNERS)
        change_proposal_status(proposal, S.EXPIRED, by=None)
        return proposal
    proposal = publish_proposal("ce3m", slug, status=S.SUBMITTED)
    if status == S.WITHDRAWN:
        change_proposal_status(proposal, S.WITHDRAWN, manager())
    else:
        change_proposal_status(proposal, status, manager())
    return proposal


ALLOWED = [(old, new) for old, targets in TRANSITIONS.items() for new in targets if new not in SET_BY_THE_PORTAL_ONLY]
REFUSED = [
    (old, new)
    for old in S.values
    for new in S.values
    if old != new and (new not in TRANSITIONS[old] or new in SET_BY_THE_PORTAL_ONLY)
]


@pytest.mark.parametrize(("old", "new"), ALLOWED)
def test_each_step_of_the_pipeline_is_recorded(demo, old, new):
    proposal = proposal_in(old)
    by = manager()
    change = change_proposal_status(proposal, new, by, note="Decided at the board meeting")
    proposal.refresh_from_db()
    assert proposal.status == new
    assert (change.old_status, change.new_status, change.changed_by, change.note) == (
        old,
        new,
        by,
        "Decided at the board meeting",
    )
    assert proposal.status_changes.last() == change


@pytest.mark.parametrize(("old", "new"), REFUSED)
def test_a_step_outside_the_pipeline_is_refused_with_a_reason(demo, old, new):
    proposal = proposal_in(old)
    history = list(proposal.status_changes.values_list("pk", flat=True))
    with pytest.raises(ProposalError) as refusal:
        change_proposal_status(proposal, new, manager())
    assert str(S(old).label) in refusal.value.message
    proposal.refresh_from_db()
    assert proposal.status == old
    assert list(proposal.status_changes.values_list("pk", flat=True)) == history


def test_idea_to_funded_names_the_allowed_steps(demo):
    proposal = proposal_in(S.IDEA)
    with pytest.raises(ProposalError) as refusal:
        change_proposal_status(proposal, S.FUNDED, manager())
    assert refusal.value.message == (
        "A proposal cannot go from “Idea” to “Funded”. From “Idea” it can go to: Looking for partners, Withdrawn."
    )


def test_a_closed_proposal_says_it_is_closed(demo):
    proposal = proposal_in(S.FUNDED)
    with pytest.raises(ProposalError, match="is closed"):
        change_proposal_status(proposal, S.SUBMITTED, manager())


def test_withdrawn_is_reachable_from_every_open_status(demo):
    for number, status in enumerate(sorted(S.open_statuses())):
        proposal = proposal_in(status, slug=f"withdraw-{number}")
        change_proposal_status(proposal, S.WITHDRAWN, manager())
        proposal.refresh_from_db()
        assert proposal.status == S.WITHDRAWN


@pytest.mark.parametrize("email", ["manager@menara.example.org", "partner1@example.org"])
def test_only_the_leading_cluster_managers_change_the_status(demo, email):
    proposal = proposal_in(S.IDEA)
    with pytest.raises(ProposalPermissionDenied):
        change_proposal_status(proposal, S.LOOKING_FOR_PARTNERS, user(email))
    proposal.refresh_from_db()
    assert proposal.status == S.IDEA


def test_an_administrator_may_change_any_proposal(demo):
    proposal = proposal_in(S.IDEA)
    change_proposal_status(proposal, S.LOOKING_FOR_PARTNERS, user("admin@example.org"))
    proposal.refresh_from_db()
    assert proposal.status == S.LOOKING_FOR_PARTNERS


def test_the_timeline_starts_with_the_creation(demo):
    proposal = proposal_in(S.CONSORTIUM_FORMED)
    steps = list(proposal.status_changes.values_list("old_status", "new_status"))
    assert steps == [("", S.IDEA), (S.IDEA, S.LOOKING_FOR_PARTNERS), (S.LOOKING_FOR_PARTNERS, S.CONSORTIUM_FORMED)]


def test_the_signal_is_sent_with_the_change(demo, signals_sent):
    proposal = proposal_in(S.IDEA)
    signals_sent.clear()
    change_proposal_status(proposal, S.LOOKING_FOR_PARTNERS, manager())
    [(name, kwargs)] = signals_sent
    assert name == "proposal_status_changed"
    assert kwargs["proposal"].pk == proposal.pk
    assert (kwargs["old_status"], kwargs["new_status"], kwargs["changed_by"]) == (
        S.IDEA,
        S.LOOKING_FOR_PARTNERS,
        manager(),
    )


def test_every_language_version_shares_the_status_and_the_history(demo):
    proposal = proposal_in(S.IDEA)
    french = proposal.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    french = ProposalPage.objects.get(pk=french.pk)
    change_proposal_status(french, S.LOOKING_FOR_PARTNERS, manager())
    versions = ProposalPage.objects.filter(translation_key=proposal.translation_key)
    assert set(versions.values_list("status", flat=True)) == {S.LOOKING_FOR_PARTNERS}
    assert ProposalStatusChange.objects.filter(proposal=french).count() == 0
    assert proposal.status_changes.last().new_status == S.LOOKING_FOR_PARTNERS


def test_publishing_the_page_again_keeps_the_status(demo):
    proposal = proposal_in(S.IDEA)
    old_revision = proposal.get_latest_revision()
    change_proposal_status(proposal, S.LOOKING_FOR_PARTNERS, manager())
    old_revision.publish()
    proposal.refresh_from_db()
    assert proposal.status == S.LOOKING_FOR_PARTNERS
    edited = ProposalPage.objects.get(pk=proposal.pk).get_latest_revision_as_object()
    edited.summary = "A new summary."
    edited.save_revision().publish()
    proposal.refresh_from_db()
    assert (proposal.summary, proposal.status) == ("A new summary.", S.LOOKING_FOR_PARTNERS)


def test_the_status_is_not_in_the_page_editor(demo):
    form_class = get_edit_handler(ProposalPage).get_form_class()
    assert "status" not in form_class.base_fields
    assert "partner_search_expires_on" not in form_class.base_fields
