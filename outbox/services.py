"""Queue and deliver outgoing mail, exactly once per outbox row."""

import logging
import smtplib
import socket
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation

from portal.links import absolute_reverse, absolute_url, page_absolute_url
from portal.translations import in_language, language_of

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


def queue_templated_email(
    *,
    to: list[str],
    language: str,
    template: str,
    context: dict[str, Any],
    attachments: Iterable[tuple[str, bytes | str, str]] = (),
    reply_to: Iterable[str] = (),
    headers: dict[str, str] | None = None,
) -> OutboxMessage:
    """Render a message in the recipient's language and queue it in the outbox.

    `template` names three files: `<template>_subject.txt`, `<template>.txt` and `<template>.html`
    (the HTML one usually extends `outbox/email_base.html`, which sets `lang` and `dir`). The context
    gains `language`, `direction` and `site_url` (the portal's address, for absolute links).
    Subjects and text bodies are rendered without HTML escaping; the HTML body is escaped as usual.
    """
    with translation.override(language):
        full_context = {
            **context,
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
            "site_url": absolute_url("").rstrip("/"),
        }
        subject = " ".join(_render_plain_text(f"{template}_subject.txt", full_context).split())
        message = EmailMultiAlternatives(
            subject,
            _render_plain_text(f"{template}.txt", full_context),
            None,
            list(to),
            reply_to=list(reply_to),
            headers=headers,
        )
        message.attach_alternative(render_to_string(f"{template}.html", full_context), "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return queue_email(message)


def notify(
    recipient: Any,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    pages: Mapping[str, Any] | None = None,
    links: Mapping[str, tuple[str, Mapping[str, Any]]] | None = None,
    attachments: Iterable[tuple[str, bytes | str, str]] = (),
    reply_to: Iterable[str] = (),
    headers: dict[str, str] | None = None,
) -> OutboxMessage:
    """Queue a templated email to one person, in their language (see `queue_templated_email`).

    The context gains `recipient`; each of `pages` under its name, in the recipient's language
    where a live translation exists, with its absolute address as `<name>_url`; and each of
    `links` (context name → URL name and its arguments) as an absolute URL in that language.
    """
    language = language_of(recipient)
    extra: dict[str, Any] = {"recipient": recipient}
    for name, page in (pages or {}).items():
        localized = in_language(page, language)
        extra[name] = localized
        extra[f"{name}_url"] = page_absolute_url(localized)
    for name, (url_name, kwargs) in (links or {}).items():
        extra[name] = absolute_reverse(url_name, language, **kwargs)
    return queue_templated_email(
        to=[recipient.email],
        language=language,
        template=template,
        context={**(context or {}), **extra},
        attachments=attachments,
        reply_to=reply_to,
        headers=headers,
    )


def _render_plain_text(template_name: str, context: dict[str, Any]) -> str:
    return get_template(template_name).template.render(Context(context, autoescape=False))  # type: ignore[attr-defined]
