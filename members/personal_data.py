"""A person's link to a member organisation, for the download of their data and for deleting their
account (registered with `accounts.personal_data` in `MembersConfig.ready`)."""

from typing import Any

from accounts.models import User

from .models import Affiliation


def personal_data(user: User) -> dict[str, Any]:
    affiliation = Affiliation.objects.filter(user=user).select_related("organisation").first()
    if affiliation is None:
        return {"member_organisation": None}
    return {
        "member_organisation": {
            "organisation": affiliation.organisation.name,
            "claimed_at": affiliation.created_at,
            "confirmed_at": affiliation.confirmed_at,
        }
    }


def erase_personal_data(user: User) -> None:
    """A deleted account speaks for no organisation."""
    Affiliation.objects.filter(user=user).delete()
