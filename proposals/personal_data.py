"""A person's expressions of interest, for the download of their data and for deleting their account
(registered with `accounts.personal_data` in `ProposalsConfig.ready`)."""

from typing import Any

from django.utils import timezone

from accounts.models import User
from accounts.personal_data import delete_file_after_commit

from .models import ExpressionOfInterest


def personal_data(user: User) -> dict[str, Any]:
    interests = ExpressionOfInterest.objects.filter(author=user).select_related("proposal")
    return {
        "expressions_of_interest": [
            {
                "proposal": interest.proposal.title,
                "organisation": interest.organisation_name,
                "organisation_type": interest.organisation_type,
                "country": interest.country,
                "role_offered": interest.role_offered,
                "message": interest.message,
                "attachment_sent": bool(interest.attachment),
                "attachment_name": interest.attachment_name,
                "status": interest.status,
                "reply": interest.reply,
                "sent_at": interest.created_at,
                "answered_at": interest.answered_at,
            }
            for interest in interests
        ]
    }


def erase_personal_data(user: User) -> None:
    """Expressions of interest stay, from "deleted account", so proposals keep their counts: the message
    and the attachment go, and one still awaiting an answer is closed as declined (nobody could be told)."""
    interests = ExpressionOfInterest.objects.filter(author=user)
    for interest in interests.exclude(attachment=""):
        delete_file_after_commit(interest.attachment)
    interests.filter(status=ExpressionOfInterest.Status.PENDING).update(
        status=ExpressionOfInterest.Status.DECLINED, answered_at=timezone.now()
    )
    interests.update(message="", attachment="", attachment_name="")
