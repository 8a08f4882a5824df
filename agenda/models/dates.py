"""When an event takes place, as people read it: in the event's own time zone."""

import zoneinfo
from datetime import datetime, tzinfo
from typing import Any

from django.utils import formats, timezone, translation

ISOLATE, END_ISOLATE = "\u2068", "\u2069"  # Unicode first-strong isolate and its end


def zone_named(name: str) -> tzinfo:
    """The time zone called `name`, or UTC when there is none by that name."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return zoneinfo.ZoneInfo("UTC")


class EventDatesMixin:
    """The dates of a page with `start`, `end` (aware datetimes) and `time_zone` (a zone's name)."""

    start: datetime
    end: datetime
    time_zone: str
    programme: Any  # a StreamField of programme items (agenda.blocks.ProgrammeBlock)

    @property
    def zone(self) -> tzinfo:
        return zone_named(self.time_zone)

    @property
    def local_start(self) -> datetime:
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self) -> datetime:
        return timezone.localtime(self.end, self.zone)

    def zone_label(self) -> str:
        """The time zone's name and its offset on the day of the event, e.g. “Africa/Casablanca, UTC+01:00”."""
        offset = self.local_start.strftime("%z")
        return f"{self.time_zone}, UTC{offset[:3]}:{offset[3:]}" if offset else self.time_zone

    def when(self) -> str:
        """The dates and times in the event's time zone, in the active language, with the zone named."""
        start, end = self.local_start, self.local_end
        if start.date() == end.date():
            dates = "{}, {} – {}".format(
                formats.date_format(start, "DATE_FORMAT"),
                formats.time_format(start, "TIME_FORMAT"),
                formats.time_format(end, "TIME_FORMAT"),
            )
        else:
            dates = f"{formats.date_format(start, 'DATETIME_FORMAT')} – {formats.date_format(end, 'DATETIME_FORMAT')}"
        if translation.get_language_bidi():
            # Latin dates and zone names inside Arabic text: each isolated, so neither is reordered.
            return f"{ISOLATE}{dates}{END_ISOLATE} ({ISOLATE}{self.zone_label()}{END_ISOLATE})"
        return f"{dates} ({self.zone_label()})"

    def is_past(self, now: datetime | None = None) -> bool:
        return self.end < (now or timezone.now())

    def plenary_periods(self) -> list[tuple[datetime, datetime, str]]:
        """When the programme's plenary items take place (start, end, title), as aware datetimes.

        An item without a day is on the event's first day; one without an end time is left out.
        """
        periods = []
        for item in self.programme or []:
            value = item.value
            if not value.get("plenary") or not value.get("end_time"):
                continue
            day = value.get("day") or self.local_start.date()
            start = datetime.combine(day, value["start_time"], tzinfo=self.zone)
            end = datetime.combine(day, value["end_time"], tzinfo=self.zone)
            periods.append((start, end, value["title"]))
        return periods
