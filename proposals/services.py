"""A proposal's status pipeline and its consortium: the changes beyond its page content.

Each function checks that the person acting may do it, changes every row in one transaction,
and announces the change with the signals of `proposals.signals`. Refusals raise
`ProposalError` with a message to show as is. Searches for partners (`partner_search`) and
expressions of interest (`interests`) build on these.
"""

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clusters.models import ClusterPage
from portal.page_cache import invalidate_page_cache

from .errors import ProposalError
from .models import ConsortiumMember, ProposalPage, ProposalStatus, ProposalStatusChange
from .models.pipeline import SET_BY_THE_PORTAL_ONLY, TRANSITIONS
from .permissions import require_manager
from .signals import proposal_consortium_changed, proposal_status_changed

PARTNER_SEARCH_PERIOD = datetime.timedelta(days=90)


def locked_source(proposal: ProposalPage) -> ProposalPage:
    """The proposal's source page (where its shared state hangs), locked until the transaction ends."""
    return ProposalPage.objects.select_for_update().get(pk=proposal.original.pk)


def save_pipeline_fields(proposal: ProposalPage, **values: Any) -> None:
    """Set pipeline fields on every language version of a proposal (and on the object given)."""
    for page in ProposalPage.objects.filter(translation_key=proposal.translation_key):
        for name, value in values.items():
            setattr(page, name, value)
        page.save(update_fields=list(values), clean=False)
    for name, value in values.items():
        setattr(proposal, name, value)
    transaction.on_commit(invalidate_page_cache)


# The status pipeline


def allowed_statuses(proposal: ProposalPage) -> list[ProposalStatus]:
    """The statuses its managers may move a proposal to now."""
    return [
        ProposalStatus(status)
        for status in ProposalStatus.values
        if status in TRANSITIONS[proposal.status] and status not in SET_BY_THE_PORTAL_ONLY
    ]


def _refuse_step(source: ProposalPage, old_status: str, new_status: str) -> ProposalError:
    """The refusal of a step outside the pipeline, naming the steps allowed."""
    allowed = [str(ProposalStatus(status).label) for status in allowed_statuses(source)]
    labels = {"old": ProposalStatus(old_status).label, "new": ProposalStatus(new_status).label}
    if not allowed:
        return ProposalError(_("A proposal that is “%(old)s” is closed: its status cannot change any more.") % labels)
    return ProposalError(
        _("A proposal cannot go from “%(old)s” to “%(new)s”. From “%(old)s” it can go to: %(allowed)s.")
        % {**labels, "allowed": ", ".join(allowed)}
    )


@transaction.atomic
def change_proposal_status(proposal: ProposalPage, new_status: str, by: Any, note: str = "") -> ProposalStatusChange:
    """Move a proposal along its pipeline and record the step. `by` None means the portal itself."""
    if by is not None:
        require_manager(by, proposal, _("Only the managers of the leading cluster can change this proposal's status."))
    source = locked_source(proposal)
    old_status = source.status
    if new_status not in ProposalStatus.values:
        raise ProposalError(_("Unknown status."))
    if new_status == old_status:
        raise ProposalError(_("The proposal already has this status."))
    if new_status not in TRANSITIONS[old_status] or (by is not None and new_status in SET_BY_THE_PORTAL_ONLY):
        raise _refuse_step(source, old_status, new_status)
    values: dict[str, Any] = {"status": new_status, "status_changed_at": timezone.now()}
    if new_status == ProposalStatus.LOOKING_FOR_PARTNERS:
        values.update(
            partner_search_expires_on=timezone.localdate() + PARTNER_SEARCH_PERIOD, expiry_reminder_sent_for=None
        )
    save_pipeline_fields(source, **values)
    if proposal is not source:
        for name in values:
            setattr(proposal, name, values[name])
    change = ProposalStatusChange.objects.create(
        proposal=source, old_status=old_status, new_status=new_status, changed_by=by, note=note.strip()
    )
    proposal_status_changed.send(
        sender=ProposalPage, proposal=source, old_status=old_status, new_status=new_status, changed_by=by
    )
    return change


@transaction.atomic
def start_proposal_history(proposal: ProposalPage, by: Any) -> ProposalStatusChange | None:
    """The first step of a new proposal's timeline: created as an idea (once)."""
    source = proposal.original
    if source.status_changes.exists():
        return None
    save_pipeline_fields(source, status_changed_at=timezone.now())
    return ProposalStatusChange.objects.create(proposal=source, old_status="", new_status=source.status, changed_by=by)


# The consortium


def join_consortium(
    source: ProposalPage, by: Any, *, organisation_name: str, role: str, country: str = "", **links: Any
) -> ConsortiumMember:
    """Add a partner to the consortium of a proposal (its locked source page), without checks."""
    member = ConsortiumMember.objects.create(
        proposal=source,
        organisation_name=organisation_name.strip(),
        role=role.strip(),
        country=country,
        added_by=by,
        **links,
    )
    transaction.on_commit(invalidate_page_cache)
    proposal_consortium_changed.send(sender=ProposalPage, proposal=source, changed_by=by)
    return member


def _open_source(proposal: ProposalPage, by: Any) -> ProposalPage:
    """The locked source of a proposal whose consortium `by` may change now."""
    require_manager(by, proposal, _("Only the managers of the leading cluster can change this proposal's consortium."))
    source = locked_source(proposal)
    if not source.is_open:
        raise ProposalError(_("This proposal is closed: its consortium cannot change any more."))
    return source


@transaction.atomic
def add_consortium_member(
    proposal: ProposalPage,
    by: Any,
    *,
    organisation_name: str,
    role: str,
    country: str = "",
    cluster: ClusterPage | None = None,
) -> ConsortiumMember:
    """Add a confirmed partner to the consortium by hand (a partner met elsewhere)."""
    source = _open_source(proposal, by)
    if not organisation_name.strip() or not role.strip():
        raise ProposalError(_("Give the organisation and its role."))
    return join_consortium(source, by, organisation_name=organisation_name, role=role, country=country, cluster=cluster)


@transaction.atomic
def remove_consortium_member(member: ConsortiumMember, by: Any) -> None:
    source = _open_source(member.proposal, by)
    member.delete()
    transaction.on_commit(invalidate_page_cache)
    proposal_consortium_changed.send(sender=ProposalPage, proposal=source, changed_by=by)
