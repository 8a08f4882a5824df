"""Expressions of interest: a partner offers to join a proposal looking for partners, the leading
cluster's managers accept (the partner joins the consortium) or decline, and are reminded of the
offers they leave unanswered. Everyone concerned is told by email."""

import datetime
import os
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import mail
from .errors import ProposalError
from .models import ExpressionOfInterest, ProposalPage, ProposalStatus
from .permissions import manages_proposal, require_manager
from .services import join_consortium, locked_source

INTEREST_REMINDER_AFTER = datetime.timedelta(days=7)
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
# Extension -> (content type, the bytes such a file starts with).
ATTACHMENT_TYPES = {
    ".pdf": ("application/pdf", b"%PDF-"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP_SIGNATURE),
    ".odt": ("application/vnd.oasis.opendocument.text", ZIP_SIGNATURE),
}


def check_interest_attachment(upload: UploadedFile) -> None:
    """Accept only PDF, DOCX and ODT files of at most 10 MB, judged by their name and their first bytes."""
    extension = os.path.splitext(upload.name or "")[1].lower()
    if extension not in ATTACHMENT_TYPES:
        raise ProposalError(_("The attachment must be a PDF, DOCX or ODT file."))
    if (upload.size or 0) > MAX_ATTACHMENT_SIZE:
        raise ProposalError(_("The attachment is larger than 10 MB."))
    _content_type, signature = ATTACHMENT_TYPES[extension]
    upload.seek(0)
    start = upload.read(len(signature))
    upload.seek(0)
    if start != signature:
        raise ProposalError(_("The attachment is not a real PDF, DOCX or ODT file."))


def interest_refusal(proposal: ProposalPage, user: Any) -> str | None:
    """Why this user may not express interest in this proposal, or None when they may."""
    source = proposal.original
    if not user.is_authenticated:
        return _("Log in to express interest.")
    if not user.has_verified_email:
        return _("Confirm your email address before expressing interest.")
    if source.status != ProposalStatus.LOOKING_FOR_PARTNERS:
        return _("This proposal is not looking for partners.")
    if manages_proposal(user, source):
        return _("Your cluster leads this proposal: you cannot express interest in it.")
    if ExpressionOfInterest.objects.filter(proposal=source, author=user).exists():
        return _("You have already expressed interest in this proposal.")
    return None


@transaction.atomic
def express_interest(
    proposal: ProposalPage,
    author: Any,
    *,
    organisation_name: str,
    country: str,
    role_offered: str,
    message: str,
    organisation_type: str = "",
    attachment: UploadedFile | None = None,
) -> ExpressionOfInterest:
    """Offer to join a proposal; the leading cluster's managers are told by email."""
    source = locked_source(proposal)
    refusal = interest_refusal(source, author)
    if refusal:
        raise ProposalError(refusal)
    if attachment is not None:
        check_interest_attachment(attachment)
    interest = ExpressionOfInterest(
        proposal=source,
        author=author,
        organisation_name=organisation_name.strip(),
        organisation_type=organisation_type,
        country=country,
        role_offered=role_offered.strip(),
        message=message.strip(),
    )
    if attachment is not None:
        interest.attachment_name = os.path.basename(attachment.name or "")[:200]
        interest.attachment.save(attachment.name or "attachment", attachment, save=False)
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError:
        raise ProposalError(_("You have already expressed interest in this proposal.")) from None
    mail.tell_managers_of_interest(interest)
    return interest


@transaction.atomic
def answer_interest(interest: ExpressionOfInterest, by: Any, *, accept: bool, reply: str = "") -> ExpressionOfInterest:
    """Accept (the partner joins the consortium) or decline an expression of interest; its author is told."""
    require_manager(by, interest.proposal, _("Only the managers of the leading cluster can answer this."))
    interest = ExpressionOfInterest.objects.select_for_update().select_related("proposal", "author").get(pk=interest.pk)
    source = locked_source(interest.proposal)
    if not interest.is_pending:
        raise ProposalError(_("This expression of interest has already been answered."))
    if accept and not source.is_open:
        raise ProposalError(_("This proposal is closed: nobody can join its consortium any more."))
    interest.status = ExpressionOfInterest.Status.ACCEPTED if accept else ExpressionOfInterest.Status.DECLINED
    interest.reply = reply.strip()
    interest.answered_at = timezone.now()
    interest.answered_by = by
    interest.save(update_fields=["status", "reply", "answered_at", "answered_by"])
    if accept:
        join_consortium(
            source,
            by,
            organisation_name=interest.organisation_name,
            role=interest.role_offered,
            country=interest.country,
            expression_of_interest=interest,
        )
    mail.tell_author_of_answer(interest)
    return interest


def remind_unanswered_interests(now: datetime.datetime | None = None) -> int:
    """Remind the managers, once, of each expression of interest left unanswered for a week."""
    now = now or timezone.now()
    due = ExpressionOfInterest.objects.filter(
        status=ExpressionOfInterest.Status.PENDING,
        reminder_sent_at__isnull=True,
        created_at__lte=now - INTEREST_REMINDER_AFTER,
    )
    sent = 0
    for interest_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            interest = (
                ExpressionOfInterest.objects.select_for_update(skip_locked=True)
                .filter(pk=interest_id, status=ExpressionOfInterest.Status.PENDING, reminder_sent_at__isnull=True)
                .select_related("proposal")
                .first()
            )
            if interest is None:
                continue
            mail.remind_managers_of_interest(interest)
            interest.reminder_sent_at = now
            interest.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent
