"""Participants' meetings as an iCalendar file, for their own calendar."""

from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from portal.translations import in_reader_language

from . import event_details
from .models import Meeting, ParticipantProfile


def agenda_ics(meetings: Iterable[Meeting], profile: ParticipantProfile) -> bytes:
    """An iCalendar file of these meetings, seen from one participant, in the active language."""
    event_page = in_reader_language(profile.programme.event)
    calendar = Calendar()
    calendar.add("prodid", "-//Medclusters//B2B meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{event_page.title} – B2B")
    location = event_details.event_location(profile.programme.event)
    for meeting in meetings:
        other = meeting.request.other_side(profile)
        entry = Event()
        entry.add("uid", f"meeting-{meeting.pk}-{profile.pk}@medclusters")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", meeting.slot.starts_at)
        entry.add("dtend", meeting.slot.ends_at)
        entry.add("summary", _("B2B meeting: %(organisation)s") % {"organisation": other.name})
        table = _("Table %(number)s") % {"number": meeting.table}
        entry.add("location", f"{table}, {location}" if location else table)
        entry.add("description", f"{event_page.title}\n{other.name}\n{meeting.request.message}")
        calendar.add_component(entry)
    return calendar.to_ical()
