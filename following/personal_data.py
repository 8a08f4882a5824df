"""What a person follows, for the download of their data and for deleting their account
(registered with `accounts.personal_data` in `FollowingConfig.ready`)."""

from typing import Any

from accounts.models import User

from .models import TARGET_FIELDS, ChangeNotice, DigestDelivery, Follow


def personal_data(user: User) -> dict[str, Any]:
    follows = Follow.objects.filter(user=user).select_related(*TARGET_FIELDS)
    digests = DigestDelivery.objects.filter(user=user)
    return {
        "follows": [
            {"kind": follow.target_field, "name": str(follow.target), "since": follow.created_at} for follow in follows
        ],
        "weekly_digests": [{"week": digest.week, "items": digest.item_count} for digest in digests],
    }


def erase_personal_data(user: User) -> None:
    """Follows go, with the record of the mails they brought."""
    Follow.objects.filter(user=user).delete()
    DigestDelivery.objects.filter(user=user).delete()
    ChangeNotice.objects.filter(user=user).delete()
