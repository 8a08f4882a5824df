"""Registrations of an event as rows, for the CSV and Excel exports."""

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .models import EventPage, Registration


def _answer_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return "" if value is None else str(value)


def _safe_cell(text: str) -> str:
    """Keep a spreadsheet from reading someone's answer as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def registration_rows(event: EventPage) -> Iterator[list[str]]:
    """A header row, then one row per registration (waiting list in its order, then the cancelled)."""
    questions = list(event.questions.all())
    yield [
        _("Name"),
        _("Email"),
        _("Status"),
        _("Position on the waiting list"),
        _("Registered at"),
        _("Checked in at"),
        *[question.label for question in questions],
    ]
    registrations = Registration.objects.filter(event=event.registration_event).select_related("user")
    order = {Registration.Status.CONFIRMED: 0, Registration.Status.WAITLISTED: 1, Registration.Status.CANCELLED: 2}
    position = 0
    for registration in sorted(registrations, key=lambda r: (order[r.status], r.created_at, r.pk)):
        if registration.status == Registration.Status.WAITLISTED:
            position += 1
        local = [
            timezone.localtime(moment, event.zone).strftime("%Y-%m-%d %H:%M") if moment else ""
            for moment in (registration.created_at, registration.checked_in_at)
        ]
        yield [
            _safe_cell(registration.user.get_full_name()),
            registration.user.contact_email,
            str(registration.get_status_display()),
            str(position) if registration.status == Registration.Status.WAITLISTED else "",
            *local,
            *[_safe_cell(_answer_text(registration.answers.get(question.key))) for question in questions],
        ]


def registrations_csv(event: EventPage) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows(registration_rows(event))
    return ("\ufeff" + out.getvalue()).encode()  # the mark tells spreadsheet programs it is UTF-8


def registrations_xlsx(event: EventPage) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Registrations")[:31]
    for row in registration_rows(event):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
