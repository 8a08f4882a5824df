"""The event's dates in its form, as wall-clock times in the event's own time zone.

The admin otherwise shows and reads date-times in the editor's time zone; an event's times are
written as the people attending read them, in the time zone chosen in the same form.
"""

from datetime import datetime, tzinfo
from typing import Any

from django import forms
from django.utils import timezone

from .models.dates import zone_named

EVENT_TIMES = ("start", "end", "registration_opens_at", "registration_closes_at")


class EventDateTimeField(forms.DateTimeField):
    """A date and time shown and read in `zone` rather than in the active time zone."""

    def __init__(self, *, zone: tzinfo, **kwargs: Any) -> None:
        self.zone = zone
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, datetime) and timezone.is_aware(value):
            return timezone.make_naive(value, self.zone)
        return super().prepare_value(value)

    def to_python(self, value: Any) -> datetime | None:
        with timezone.override(self.zone):
            return super().to_python(value)


def in_zone(field: forms.Field, zone: tzinfo) -> EventDateTimeField:
    """`field` (a date-time field of the form) shown and read in `zone`."""
    return EventDateTimeField(
        zone=zone,
        required=field.required,
        widget=field.widget,
        label=field.label,
        initial=field.initial,
        help_text=field.help_text,
        error_messages=field.error_messages,
        localize=field.localize,
        disabled=field.disabled,
    )


def event_zone(form: forms.ModelForm) -> tzinfo:
    """The time zone of the event being edited: the one submitted, or the one it has."""
    submitted = form.data.get(form.add_prefix("time_zone")) if form.is_bound else None
    valid = {value for value, _label in form.fields["time_zone"].choices} if "time_zone" in form.fields else set()
    return zone_named(submitted if submitted in valid else form.instance.time_zone)


def show_times_in_event_zone(form: forms.ModelForm) -> None:
    """Make the form's event times read and show wall-clock times in the event's time zone."""
    zone = event_zone(form)
    for name in EVENT_TIMES:
        if name in form.fields:
            form.fields[name] = in_zone(form.fields[name], zone)
