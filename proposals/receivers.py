"""Announce what changed in a funding call when a new version of it goes live; open new proposals' timelines."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .models import FundingCallPage, ProposalPage
from .services import start_proposal_history
from .signals import funding_call_changed

# The facts partners plan around; a change to any of them is announced.
TRACKED_CALL_FIELDS = ("deadline", "opening_date", "budget", "currency", "official_url", "outcome")


def _tracked_values(call: FundingCallPage) -> dict[str, object]:
    return {**{name: getattr(call, name) for name in TRACKED_CALL_FIELDS}, "status": call.status}


@receiver(pre_save, sender=FundingCallPage, dispatch_uid="funding-call-before-save")
def remember_published_call(sender, instance: FundingCallPage, raw: bool = False, update_fields=None, **kwargs) -> None:
    instance._values_before_save = None
    if raw or not instance.pk or (update_fields is not None and "deadline_date" not in update_fields):
        return
    previous = FundingCallPage.objects.filter(pk=instance.pk, live=True).first()
    if previous is not None:
        instance._values_before_save = _tracked_values(previous)


@receiver(post_save, sender=FundingCallPage, dispatch_uid="funding-call-after-save")
def announce_call_changes(sender, instance: FundingCallPage, raw: bool = False, **kwargs) -> None:
    before = getattr(instance, "_values_before_save", None)
    instance._values_before_save = None
    if raw or before is None or not instance.live:
        return
    after = _tracked_values(instance)
    changes = {name: (before[name], after[name]) for name in after if before[name] != after[name]}
    if changes:
        funding_call_changed.send(sender=FundingCallPage, call=instance, changes=changes)


@receiver(post_save, sender=ProposalPage, dispatch_uid="proposal-history-start")
def start_history(sender, instance: ProposalPage, created: bool, raw: bool = False, **kwargs) -> None:
    """A new proposal's timeline opens with its creation, by the person who created it."""
    if created and not raw:
        start_proposal_history(instance, instance.owner)
