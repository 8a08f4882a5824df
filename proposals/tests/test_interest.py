"""Expressions of interest: who may send one, the attachment rules, answers, the consortium and reminders."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from outbox.models import OutboxMessage
from proposals.errors import ProposalError, ProposalPermissionDenied
from proposals.interests import answer_interest, express_interest, remind_unanswered_interests
from proposals.models import ConsortiumMember, ExpressionOfInterest, ProposalStatus
from proposals.services import change_proposal_status
from tests.factories import make_person

from .factories import manager, pdf_upload, publish_proposal, user

OFFER = {
    "organisation_name": "Sfax Electronics",
    "country": "TN",
    "role_offered": "Pilot production",
    "message": "We make 50,000 boards a year and would like to join.",
}


@pytest.fixture
def looking(demo):
    return publish_proposal("ce3m", "eoi", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Local sensors")


def mails_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def test_interest_is_recorded_and_the_managers_told(looking, committed):
    with committed():
        interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    assert (interest.status, interest.organisation_name) == ("pending", "Sfax Electronics")
    assert interest.proposal_id == looking.pk
    [message] = mails_to("manager@ce3m.example.org")
    assert message.subject == "Sfax Electronics is interested in “Local sensors”"
    assert "Pilot production" in message.body and "/en/proposals/interests/" in message.body
    assert not mails_to("manager@menara.example.org")


def test_expressing_interest_twice_is_refused(looking):
    express_interest(looking, user("partner1@example.org"), **OFFER)
    with pytest.raises(ProposalError, match="already expressed interest"):
        express_interest(looking, user("partner1@example.org"), **OFFER)
    assert ExpressionOfInterest.objects.filter(proposal=looking).count() == 1


@pytest.mark.parametrize("status", [ProposalStatus.IDEA, ProposalStatus.CONSORTIUM_FORMED])
def test_a_proposal_not_looking_for_partners_refuses_interest(demo, status):
    proposal = publish_proposal("ce3m", "not-looking", status=status)
    with pytest.raises(ProposalError, match="not looking for partners"):
        express_interest(proposal, user("partner1@example.org"), **OFFER)
    assert not ExpressionOfInterest.objects.filter(proposal=proposal).exists()


def test_a_withdrawn_proposal_refuses_interest(looking):
    change_proposal_status(looking, ProposalStatus.WITHDRAWN, manager())
    with pytest.raises(ProposalError, match="not looking for partners"):
        express_interest(looking, user("partner1@example.org"), **OFFER)


def test_the_leading_cluster_cannot_express_interest_in_its_own_proposal(looking):
    with pytest.raises(ProposalError, match="Your cluster leads this proposal"):
        express_interest(looking, manager(), **OFFER)


def test_another_cluster_manager_may_express_interest(looking):
    interest = express_interest(looking, manager("menara"), **OFFER)
    assert interest.author == manager("menara")


def test_an_unverified_address_is_refused(looking):
    partner = make_person(verified=False)
    with pytest.raises(ProposalError, match="Confirm your email address"):
        express_interest(looking, partner, **OFFER)


def test_a_pdf_attachment_is_kept_with_its_name(looking):
    upload = pdf_upload("Our profile.pdf")
    interest = express_interest(looking, user("partner1@example.org"), attachment=upload, **OFFER)
    assert interest.attachment_name == "Our profile.pdf"
    assert interest.attachment.read().startswith(b"%PDF-")
    assert "Our profile" not in interest.attachment.name


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("profile.exe", b"MZ\x90\x00", "must be a PDF, DOCX or ODT"),
        ("profile.pdf", b"<html>not a pdf</html>", "not a real PDF, DOCX or ODT"),
        ("profile.docx", b"%PDF-1.4", "not a real PDF, DOCX or ODT"),
        ("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "larger than 10 MB"),
    ],
)
def test_attachments_are_checked_and_nothing_is_saved(looking, committed, name, content, error):
    with committed(), pytest.raises(ProposalError, match=error):
        express_interest(
            looking,
            user("partner1@example.org"),
            attachment=SimpleUploadedFile(name, content, content_type="application/pdf"),
            **OFFER,
        )
    assert not ExpressionOfInterest.objects.filter(proposal=looking).exists()
    assert not mail.outbox


def test_docx_and_odt_are_accepted(looking):
    docx = SimpleUploadedFile("offer.docx", b"PK\x03\x04word/document.xml")
    odt = SimpleUploadedFile("offer.odt", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text")
    assert express_interest(looking, user("partner1@example.org"), attachment=docx, **OFFER).attachment
    assert express_interest(looking, user("partner2@example.org"), attachment=odt, **OFFER).attachment


def test_accepting_adds_the_partner_to_the_consortium_and_tells_the_author(looking, committed, signals_sent):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    signals_sent.clear()
    with committed():
        answer_interest(interest, manager(), accept=True, reply="Welcome on board.")
    interest.refresh_from_db()
    assert (interest.status, interest.reply, interest.answered_by) == ("accepted", "Welcome on board.", manager())
    member = ConsortiumMember.objects.get(proposal=looking)
    assert (member.organisation_name, member.country, member.role, member.expression_of_interest) == (
        "Sfax Electronics",
        "TN",
        "Pilot production",
        interest,
    )
    assert [name for name, _kwargs in signals_sent] == ["proposal_consortium_changed"]
    assert signals_sent[0][1] == {"proposal": looking, "changed_by": manager()}
    [message] = mails_to("partner1@example.org")
    assert message.subject == "You have joined the consortium of “Local sensors”"
    assert "Welcome on board." in message.body and "/en/proposals/mine/" in message.body


def test_declining_tells_the_author_and_changes_no_consortium(looking, committed):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    with committed():
        answer_interest(interest, manager(), accept=False, reply="We already have a pilot site.")
    interest.refresh_from_db()
    assert interest.status == "declined"
    assert not ConsortiumMember.objects.filter(proposal=looking).exists()
    [message] = mails_to("partner1@example.org")
    assert message.subject == "Your interest in “Local sensors” was declined"


@pytest.mark.parametrize("email", ["manager@menara.example.org", "partner1@example.org", "partner2@example.org"])
def test_only_the_leading_cluster_managers_answer(looking, email):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    with pytest.raises(ProposalPermissionDenied):
        answer_interest(interest, user(email), accept=True)
    interest.refresh_from_db()
    assert interest.status == "pending"
    assert not ConsortiumMember.objects.filter(proposal=looking).exists()


def test_an_answer_is_given_once(looking):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    answer_interest(interest, manager(), accept=True)
    with pytest.raises(ProposalError, match="already been answered"):
        answer_interest(interest, manager(), accept=False)
    assert ConsortiumMember.objects.filter(proposal=looking).count() == 1


def test_nobody_joins_a_closed_proposal(looking):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    change_proposal_status(looking, ProposalStatus.WITHDRAWN, manager())
    with pytest.raises(ProposalError, match="closed"):
        answer_interest(interest, manager(), accept=True)


def test_an_unanswered_interest_is_reminded_once_after_a_week(looking, committed):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    sent_on = timezone.now()
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(created_at=sent_on)
    # Only this one: the demo's waiting interests are left out of the count.
    ExpressionOfInterest.objects.exclude(pk=interest.pk).update(reminder_sent_at=sent_on)
    with committed():
        assert remind_unanswered_interests(now=sent_on + datetime.timedelta(days=6)) == 0
        assert remind_unanswered_interests(now=sent_on + datetime.timedelta(days=7, minutes=1)) == 1
        assert remind_unanswered_interests(now=sent_on + datetime.timedelta(days=8)) == 0
    interest.refresh_from_db()
    assert interest.reminder_sent_at == sent_on + datetime.timedelta(days=7, minutes=1)
    [reminder] = [m for m in mails_to("manager@ce3m.example.org") if "still waiting" in m.subject]
    assert reminder.subject == "Sfax Electronics is still waiting for your answer"
    assert "/en/proposals/interests/" in reminder.body


def test_an_answered_interest_is_not_reminded(looking):
    interest = express_interest(looking, user("partner1@example.org"), **OFFER)
    answer_interest(interest, manager(), accept=False)
    remind_unanswered_interests(now=timezone.now() + datetime.timedelta(days=30))
    interest.refresh_from_db()
    assert interest.reminder_sent_at is None


def test_messages_are_queued_in_the_outbox_in_the_same_transaction(looking):
    before = OutboxMessage.objects.count()
    express_interest(looking, user("partner1@example.org"), **OFFER)
    assert OutboxMessage.objects.count() == before + 1
