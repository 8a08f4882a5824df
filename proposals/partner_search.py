"""A search for partners lasts `PARTNER_SEARCH_PERIOD`: its managers are reminded before it ends,
may renew it, and it closes itself (as expired) the day after its end.

The scheduled functions run from Celery beat (`proposals.tasks`): each reminder is recorded with
the end date it reminded of, and runs that overlap skip the proposals another run holds.
"""

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import mail
from .errors import ProposalError
from .models import ProposalPage, ProposalStatus
from .permissions import require_manager
from .services import PARTNER_SEARCH_PERIOD, change_proposal_status, locked_source, save_pipeline_fields

EXPIRY_REMINDER_BEFORE = datetime.timedelta(days=14)


@transaction.atomic
def renew_partner_search(proposal: ProposalPage, by: Any) -> datetime.date:
    """Extend a search for partners by another period from today; returns the new end date."""
    require_manager(by, proposal, _("Only the managers of the leading cluster can renew this proposal."))
    source = locked_source(proposal)
    if source.status != ProposalStatus.LOOKING_FOR_PARTNERS:
        raise ProposalError(_("Only a proposal that is looking for partners can be renewed."))
    expires_on = timezone.localdate() + PARTNER_SEARCH_PERIOD
    save_pipeline_fields(source, partner_search_expires_on=expires_on, expiry_reminder_sent_for=None)
    proposal.partner_search_expires_on = expires_on
    return expires_on


def _searching(proposal_id: int) -> ProposalPage | None:
    """The proposal, locked, while it still looks for partners (None when another run holds it)."""
    proposal = ProposalPage.objects.select_for_update(skip_locked=True).filter(pk=proposal_id).first()
    if proposal is None or proposal.status != ProposalStatus.LOOKING_FOR_PARTNERS:
        return None
    return proposal


def remind_expiring_partner_searches(today: datetime.date | None = None) -> int:
    """Tell the managers of each proposal whose search for partners ends soon, once per end date."""
    today = today or timezone.localdate()
    due = ProposalPage.objects.originals().filter(
        status=ProposalStatus.LOOKING_FOR_PARTNERS,
        partner_search_expires_on__gte=today,
        partner_search_expires_on__lte=today + EXPIRY_REMINDER_BEFORE,
    )
    sent = 0
    for proposal_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            proposal = _searching(proposal_id)
            if proposal is None or proposal.expiry_reminder_sent_for == proposal.partner_search_expires_on:
                continue
            mail.warn_managers_search_ends(proposal)
            save_pipeline_fields(proposal, expiry_reminder_sent_for=proposal.partner_search_expires_on)
            sent += 1
    return sent


def close_expired_partner_searches(today: datetime.date | None = None) -> int:
    """Close each search for partners whose end date has passed, and tell the leading cluster's managers."""
    today = today or timezone.localdate()
    due = ProposalPage.objects.originals().filter(
        status=ProposalStatus.LOOKING_FOR_PARTNERS, partner_search_expires_on__lt=today
    )
    closed = 0
    for proposal_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            proposal = _searching(proposal_id)
            if (
                proposal is None
                or not proposal.partner_search_expires_on
                or proposal.partner_search_expires_on >= today
            ):
                continue
            change_proposal_status(proposal, ProposalStatus.EXPIRED, by=None)
            mail.tell_managers_search_closed(proposal)
            closed += 1
    return closed
