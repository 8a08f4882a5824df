"""Email the followers of a proposal or a funding call when the proposals app announces a change."""

from django.dispatch import receiver

from proposals.signals import funding_call_changed, proposal_consortium_changed, proposal_status_changed

from . import notifications


@receiver(proposal_status_changed, dispatch_uid="following-proposal-status")
def proposal_status_was_changed(sender, proposal, old_status, new_status, changed_by=None, **kwargs) -> None:
    notifications.notify_proposal_status_changed(
        proposal, old_status=old_status, new_status=new_status, changed_by=changed_by
    )


@receiver(proposal_consortium_changed, dispatch_uid="following-proposal-consortium")
def proposal_consortium_was_changed(sender, proposal, changed_by=None, **kwargs) -> None:
    notifications.notify_proposal_consortium_changed(proposal, changed_by=changed_by)


@receiver(funding_call_changed, dispatch_uid="following-funding-call")
def funding_call_was_changed(sender, call, changes, changed_by=None, **kwargs) -> None:
    notifications.notify_funding_call_changed(call, changes=changes, changed_by=changed_by)
