"""A person's registrations, for the download of their data and for deleting their account
(registered with `accounts.personal_data` in `AgendaConfig.ready`)."""

from typing import Any

from django.utils import timezone

from accounts.models import User

from .models import Registration


def _answers(registration: Registration) -> list[dict[str, Any]]:
    """The answers to the event's questions, under each question as the organiser asked it."""
    labels = {question.key: question.label for question in registration.event.questions.all()}
    return [{"question": labels.get(key, key), "answer": value} for key, value in registration.answers.items()]


def personal_data(user: User) -> dict[str, Any]:
    registrations = Registration.objects.filter(user=user).select_related("event").prefetch_related("event__questions")
    return {
        "event_registrations": [
            {
                "event": registration.event.title,
                "start": registration.event.start,
                "end": registration.event.end,
                "status": registration.status,
                "registered_at": registration.created_at,
                "confirmed_at": registration.confirmed_at,
                "cancelled_at": registration.cancelled_at,
                "answers": _answers(registration),
                "checked_in": registration.checked_in_at is not None,
                "checked_in_at": registration.checked_in_at,
            }
            for registration in registrations
        ]
    }


def erase_personal_data(user: User) -> None:
    """Registrations stay, so events keep their counts, without the person's answers; a place on a
    waiting list is given up (nobody could take the seat it would bring)."""
    registrations = Registration.objects.filter(user=user)
    registrations.filter(status=Registration.Status.WAITLISTED).update(
        status=Registration.Status.CANCELLED, cancelled_at=timezone.now()
    )
    registrations.update(answers={})
