"""Announce what changed in a funding call when a new version of it goes live; open new proposals' timelines;
let cluster editors publish funding calls."""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission

from clusters.models import ClusterPage

from .models import FundingCallIndexPage, FundingCallPage, ProposalPage
from .permissions import grant_funding_call_editing
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


@receiver(post_save, sender=FundingCallIndexPage, dispatch_uid="funding-calls-open-to-cluster-editors")
def open_new_call_index_to_cluster_editors(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        transaction.on_commit(grant_funding_call_editing)


@receiver(post_save, sender=GroupPagePermission, dispatch_uid="funding-calls-open-to-new-cluster-editors")
def open_call_indexes_to_new_cluster_editors(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A group that may edit a cluster's page may also publish funding calls."""
    if (
        created
        and not raw
        and instance.permission.codename == "change_page"
        and ClusterPage.objects.filter(pk=instance.page_id).exists()
    ):
        grant_funding_call_editing([instance.group])
