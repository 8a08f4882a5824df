"""A person names the member organisation they belong to; the managers of its cluster confirm it.

A person has at most one such organisation: claiming another replaces the claim, and its
confirmation, by a new one that waits for the other organisation's managers. Claiming the same
organisation again changes nothing. The managers may also reject a claim or remove a confirmed
one; the person may withdraw theirs. Who manages a cluster is `clusters.permissions`.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clusters.permissions import manages_cluster
from outbox.services import notify
from portal.errors import DomainError

from .models import Affiliation, MemberOrganisation


class AffiliationError(DomainError):
    """A claim, confirmation or rejection that was refused; the message says why, in the person's language."""


def affiliation_of(user: Any) -> Affiliation | None:
    """The organisation a person named, with its cluster, or None."""
    if not user.is_authenticated:
        return None
    return Affiliation.objects.select_related("organisation__cluster").filter(user=user).first()


@transaction.atomic
def claim_organisation(user: Any, organisation: MemberOrganisation) -> Affiliation:
    """Name the organisation one belongs to, among those the directory lists; it waits for the
    managers of its cluster."""
    if not user.has_verified_email:
        raise AffiliationError(_("Confirm your email address before you choose your organisation."))
    if not MemberOrganisation.objects.listed().filter(pk=organisation.pk).exists():
        raise AffiliationError(_("This organisation is not in the member directory."))
    # One claim at a time per person: a second request waits here for the first.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    current = Affiliation.objects.filter(user=user).first()
    if current is not None and current.organisation_id == organisation.pk:
        return current
    if current is not None:
        # A new row, so a manager's answer to the old claim cannot land on this one.
        current.delete()
    return Affiliation.objects.create(user=user, organisation=organisation)


def withdraw_affiliation(user: Any) -> bool:
    """The person no longer names an organisation; returns whether they had one."""
    deleted, _by_model = Affiliation.objects.filter(user=user).delete()
    return bool(deleted)


@transaction.atomic
def confirm_affiliation(affiliation: Affiliation, manager: Any) -> Affiliation:
    """A manager of the organisation's cluster confirms that the person belongs to it; the person
    is told by email. Confirming it again changes nothing."""
    affiliation = _locked_for_manager(affiliation, manager)
    if affiliation.confirmed_at is None:
        affiliation.confirmed_at = timezone.now()
        affiliation.confirmed_by = manager
        affiliation.save(update_fields=["confirmed_at", "confirmed_by"])
        _tell_person_confirmed(affiliation)
    return affiliation


@transaction.atomic
def reject_affiliation(affiliation: Affiliation, manager: Any) -> None:
    """A manager of the organisation's cluster rejects a claim, or removes a confirmed one."""
    _locked_for_manager(affiliation, manager).delete()


def _locked_for_manager(affiliation: Affiliation, manager: Any) -> Affiliation:
    current = (
        Affiliation.objects.select_for_update()
        .select_related("user", "organisation__cluster")
        .filter(pk=affiliation.pk)
        .first()
    )
    if current is None:
        raise AffiliationError(_("This person has withdrawn or replaced their claim."))
    if not manages_cluster(manager, current.organisation.cluster):
        raise AffiliationError(_("Only the managers of the organisation's cluster can answer this claim."))
    return current


def _tell_person_confirmed(affiliation: Affiliation) -> None:
    notify(
        affiliation.user,
        "members/email/affiliation_confirmed",
        {"organisation": affiliation.organisation},
        pages={"cluster": affiliation.organisation.cluster},
        links={"profile_url": ("account_profile", {})},
    )
