"""iCalendar files for events, and the QR codes that check people in."""

import io
from collections.abc import Iterable

import icalendar
import segno
from django.utils import timezone
from django.utils.html import strip_tags

from portal.links import page_absolute_url

from .models import EventPage

PRODUCT_ID = "-//Medclusters//Events//EN"


def event_uid(event: EventPage) -> str:
    """The same in every language, so a calendar keeps one entry per event."""
    return f"event-{event.translation_key}@medclusters"


def calendar_event(event: EventPage) -> icalendar.Event:
    entry = icalendar.Event()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.local_start)
    entry.add("dtend", event.local_end)
    entry.add("summary", event.title)
    url = page_absolute_url(event)
    entry.add("url", url)
    entry.add("description", "\n\n".join(part for part in (event.summary, strip_tags(event.description), url) if part))
    place = ", ".join(part for part in (event.venue, event.address, event.city, event.get_country_display()) if part)
    if place or event.online_url:
        entry.add("location", place or event.online_url)
    entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    return entry


def calendar_bytes(events: Iterable[EventPage], name: str = "") -> bytes:
    """An .ics file with these events, each in its own time zone (with the zone's definition)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(calendar_event(event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def qr_png(content: str, scale: int = 6) -> bytes:
    out = io.BytesIO()
    segno.make(content, error="m", mask=2).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def qr_svg(content: str) -> str:
    out = io.BytesIO()
    segno.make(content, error="m", mask=2).save(out, kind="svg", scale=5, border=2, xmldecl=False, svgns=True)
    return out.getvalue().decode()
