"""Queue and deliver outgoing mail, exactly once per outbox row."""

import logging
import smtplib
import socket
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone

from .models import OutboxMessage
from .serialization import deserialize_message, serialize_message

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    ConnectionError,
    socket.timeout,
    TimeoutError,
    OSError,
)


class PermanentDeliveryError(Exception):
    """The mail server refused the message for good."""


def queue_email(message: EmailMessage) -> OutboxMessage:
    """Store a message in the outbox and schedule its delivery after commit."""
    row = OutboxMessage.objects.create(
        subject=message.subject[:998],
        recipients=[*message.to, *message.cc, *message.bcc],
        message=serialize_message(message),
    )
    transaction.on_commit(lambda: schedule_delivery(row.pk))
    return row


def schedule_delivery(message_id: int) -> None:
    """Hand a message to Celery; if the broker is unreachable, the sweep will send it later."""
    from .tasks import send_outbox_message

    try:
        send_outbox_message.apply_async((message_id,), retry=False)
    except Exception:
        logger.warning("Broker unavailable; outbox message %s waits for the sweep", message_id, exc_info=True)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 6 * 3600))


def _is_permanent(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return not isinstance(error, TRANSIENT_ERRORS)


def deliver_outbox_message(message_id: int) -> str:
    """Send one pending message. Returns its status afterwards.

    The row is locked while it is sent, and a message already sent or failed is
    left alone, so a task delivered twice sends the mail once.
    """
    with transaction.atomic():
        row = OutboxMessage.objects.select_for_update(skip_locked=True).filter(pk=message_id).first()
        if row is None or row.status != OutboxMessage.Status.PENDING:
            return row.status if row else "missing"
        row.attempts += 1
        connection = get_connection(settings.OUTBOX_DELIVERY_BACKEND, fail_silently=False)
        try:
            deserialize_message(row.message, connection=connection).send()
        except Exception as error:  # noqa: BLE001 - classified below
            row.last_error = f"{type(error).__name__}: {error}"[:2000]
            if _is_permanent(error) or row.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
                row.status = OutboxMessage.Status.FAILED
                logger.error("Outbox message %s failed for good: %s", row.pk, row.last_error)
            else:
                row.next_attempt_at = timezone.now() + _backoff(row.attempts)
                logger.warning("Outbox message %s will be retried: %s", row.pk, row.last_error)
        else:
            row.status = OutboxMessage.Status.SENT
            row.sent_at = timezone.now()
            row.last_error = ""
        row.save(update_fields=["status", "attempts", "last_error", "next_attempt_at", "sent_at"])
        return row.status


def pending_message_ids(limit: int = 100) -> list[int]:
    """Messages due for a (new) delivery attempt, oldest first."""
    return list(
        OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING, next_attempt_at__lte=timezone.now())
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )


def sweep_outbox(limit: int = 100) -> int:
    """Try every due message once; returns how many were sent."""
    return sum(deliver_outbox_message(pk) == OutboxMessage.Status.SENT for pk in pending_message_ids(limit))
