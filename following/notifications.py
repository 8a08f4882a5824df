"""Emails to the followers of a proposal or a funding call when it changes.

They go to each follower in their language, in the transaction that makes the change, never to
whoever made it, and at most once a day for the same change. Each carries a link that stops
following without logging in.
"""

import hashlib
import zoneinfo
from typing import Any

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from outbox.services import notify
from portal.translations import language_of, source_of
from proposals.models.calls import CallStatus

from .formatting import format_value
from .models import ChangeNotice
from .services import followable, followed_row, followers, target_field_of
from .unsubscribe import unsubscribe_url

# Changes that are not model fields (a call's status follows from its dates).
CHANGE_LABELS: dict[str, tuple[Any, dict[str, Any]]] = {"status": (_("status"), dict(CallStatus.choices))}


def notify_proposal_status_changed(proposal: Page, *, old_status: str, new_status: str, changed_by: Any = None) -> int:
    choices = dict(type(proposal)._meta.get_field("status").flatchoices)  # type: ignore[union-attr]
    return notify_followers(
        proposal,
        template="proposal_status_changed",
        change=f"status:{old_status}:{new_status}:{getattr(proposal, 'status_changed_at', '')}",
        changed_by=changed_by,
        context={"old_status": choices.get(old_status, old_status), "new_status": choices.get(new_status, new_status)},
    )


def notify_proposal_consortium_changed(proposal: Page, *, changed_by: Any = None) -> int:
    members = list(source_of(proposal).consortium.order_by("pk"))  # type: ignore[attr-defined]
    return notify_followers(
        proposal,
        template="proposal_consortium_changed",
        change="consortium:" + ",".join(str(member.pk) for member in members),
        changed_by=changed_by,
        context={"consortium": members},
    )


def notify_funding_call_changed(call: Page, *, changes: dict[str, tuple[Any, Any]], changed_by: Any = None) -> int:
    """Followers of a call hear about its deadline, status, dates or budget changing. The person who
    published the change is the author of the call's latest revision, unless the sender names them."""
    if changed_by is None and call.latest_revision_id:
        changed_by = call.latest_revision.user  # type: ignore[union-attr]
    zone = getattr(call, "deadline_timezone", "") or "UTC"
    return notify_followers(
        call,
        template="funding_call_changed",
        change="call:" + repr(sorted((name, str(old), str(new)) for name, (old, new) in changes.items())),
        changed_by=changed_by,
        context={"changes": changed_fields(type(call), changes), "time_zone": zone},
    )


def notify_followers(
    obj: Page, *, template: str, change: str, changed_by: Any = None, context: dict[str, Any] | None = None
) -> int:
    """Queue one email per follower of `obj` (not to whoever made the change), each in the follower's
    language, in the current transaction, while `obj` is published and public; a change already
    announced to someone today is not sent again. Returns how many emails were queued.

    The templates get the page (in the follower's language) as `page`, its address as `page_url`,
    and the link that stops following it as `unsubscribe_url`."""
    target = followed_row(obj)
    field = target_field_of(target)
    if not followable(field).filter(translation_key=target.translation_key).exists():  # type: ignore[attr-defined]
        return 0  # no longer published, or private: its followers may not see it
    fingerprint = hashlib.sha256(f"{field}:{target.pk}:{timezone.now().date()}:{change}".encode()).hexdigest()
    sent = 0
    for person in followers(target, exclude=changed_by).filter(wants_follow_updates=True):
        _notice, created = ChangeNotice.objects.get_or_create(user=person, fingerprint=fingerprint)
        if not created:
            continue
        notify(
            person,
            f"following/email/{template}",
            {
                **(context or {}),
                **_localised_changes(context, language_of(person)),
                "unsubscribe_url": unsubscribe_url(person, field, target.pk),
            },
            pages={"page": target},
        )
        sent += 1
    return sent


def _localised_changes(context: dict[str, Any] | None, language: str) -> dict[str, Any]:
    """Changed values written in the recipient's language (dates, deadlines, choices)."""
    if not context or "changes" not in context:
        return {}
    zone = zoneinfo.ZoneInfo(context.get("time_zone") or "UTC")
    with translation.override(language):
        rows = [
            {"label": label, "old": format_value(old, zone), "new": format_value(new, zone)}
            for label, old, new in context["changes"]
        ]
    return {"changes": rows}


def changed_fields(model: type[models.Model], changes: dict[str, tuple[Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """(label, old, new) for each change, choices shown by their (lazily translated) label."""
    rows = []
    for name, (old, new) in changes.items():
        label, choices = CHANGE_LABELS.get(name, (name, {}))
        if name not in CHANGE_LABELS:
            field = next((f for f in model._meta.get_fields() if f.name == name), None)
            label = getattr(field, "verbose_name", name)
            choices = dict(getattr(field, "flatchoices", None) or [])
        rows.append((label, choices.get(old, old), choices.get(new, new)))
    return rows
