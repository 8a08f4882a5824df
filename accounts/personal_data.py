"""A person's own data: all of it as one JSON document, and deleting their account.

The apps above accounts hold parts of a person's data (registrations, B2B meetings, expressions of
interest, follows). Accounts may not import them, so each registers its part here from its
`AppConfig.ready`: a function giving its sections of the export, and one removing or anonymising
what it holds when the account is deleted.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from outbox.models import OutboxMessage
from portal.errors import DomainError

from .models import User

PersonalData = dict[str, Any]


class AccountDeletionError(DomainError):
    """The account cannot be deleted; the message says why."""


@dataclass(frozen=True)
class PersonalDataPart:
    """What one app holds about a person: `export` gives its sections of the JSON, `erase` removes or
    anonymises them (inside the deletion's transaction)."""

    app: str
    export: Callable[[User], PersonalData]
    erase: Callable[[User], None]


_parts: dict[str, PersonalDataPart] = {}


def register_personal_data(app: str, export: Callable[[User], PersonalData], erase: Callable[[User], None]) -> None:
    """Called by each app holding people's data, from its `AppConfig.ready` (again replaces the first)."""
    _parts[app] = PersonalDataPart(app, export, erase)


def personal_data_parts() -> list[PersonalDataPart]:
    return list(_parts.values())


def delete_file_after_commit(file: FieldFile) -> None:
    """Remove an uploaded file from storage once the deletion is committed (a rollback keeps it)."""
    storage, name = file.storage, file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))


# Downloading one's data


def profile_data(user: User) -> PersonalData:
    """What the account itself holds: the profile, the addresses, the mail choices, the authenticators."""
    addresses = EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    authenticators = Authenticator.objects.filter(user=user).order_by("created_at")
    return {
        "profile": {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "organisation": user.organisation,
            "job_title": user.job_title,
            "country": user.country,
            "preferred_language": user.preferred_language,
            "wants_event_reminders": user.wants_event_reminders,
            "wants_follow_updates": user.wants_follow_updates,
            "wants_weekly_digest": user.wants_weekly_digest,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary} for address in addresses
        ],
        "two_factor_authentication": [
            {
                "type": authenticator.type,
                "added_at": authenticator.created_at,
                "last_used_at": authenticator.last_used_at,
            }
            for authenticator in authenticators
        ],
    }


def export_personal_data(user: User) -> PersonalData:
    """Everything the portal holds about the person, each app's sections after the account's own."""
    data: PersonalData = {"exported_at": timezone.now(), **profile_data(user)}
    for part in personal_data_parts():
        sections = part.export(user)
        if overlap := data.keys() & sections.keys():
            raise ValueError(f"{part.app} exports sections already taken: {sorted(overlap)}")
        data.update(sections)
    return data


# Deleting one's account


def deletion_refusal(user: User) -> Any:
    """Why this account may not be deleted, or None. The last active administrator stays."""
    if user.is_superuser and not User.objects.filter(is_superuser=True, is_active=True).exclude(pk=user.pk).exists():
        return _(
            "You are the portal's last administrator: make someone else an administrator before deleting your account."
        )
    return None


@transaction.atomic
def delete_account(user: User) -> None:
    """Delete a person's account, in one transaction: each app removes or anonymises its part, and the
    user row stays, emptied of who the person was, so the events and proposals keep their counts.

    The address is free to sign up again at once. Their sessions end: the password changes, and an
    inactive account is nobody's login.
    """
    if user.is_superuser:
        # Two administrators deleting their accounts at once must not leave the portal without one.
        list(User.objects.select_for_update().filter(is_superuser=True, is_active=True))
    account = User.objects.select_for_update().get(pk=user.pk)
    if account.is_deleted:
        raise AccountDeletionError(_("This account is already deleted."))
    if refusal := deletion_refusal(account):
        raise AccountDeletionError(refusal)
    for part in personal_data_parts():
        part.erase(account)
    _erase_account(account)
    user.refresh_from_db()


def _erase_account(account: User) -> None:
    addresses = {account.email, *EmailAddress.objects.filter(user=account).values_list("email", flat=True)}
    OutboxMessage.objects.filter(recipients__in=[[address] for address in addresses]).delete()
    EmailAddress.objects.filter(user=account).delete()
    Authenticator.objects.filter(user=account).delete()
    for profile in UserProfile.objects.filter(user=account):
        delete_file_after_commit(profile.avatar)
        profile.delete()
    account.groups.clear()
    account.user_permissions.clear()
    account.username = account.email = f"deleted-{account.pk}@invalid"
    account.first_name = account.last_name = account.organisation = account.job_title = account.country = ""
    account.wants_event_reminders = account.wants_follow_updates = account.wants_weekly_digest = False
    account.is_active = account.is_staff = account.is_superuser = False
    account.deleted_at = timezone.now()
    account.set_unusable_password()
    account.save()
