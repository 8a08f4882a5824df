"""When an event takes place, as people read it: in the event's own time zone."""

import zoneinfo
from datetime import datetime, tzinfo

from django.utils import formats, timezone


class EventDatesMixin:
    """The dates of a page with `start`, `end` (aware datetimes) and `time_zone` (a zone's name)."""

    start: datetime
    end: datetime
    time_zone: str

    @property
    def zone(self) -> tzinfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

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
        return f"{dates} ({self.zone_label()})"

    def is_past(self, now: datetime | None = None) -> bool:
        return self.end < (now or timezone.now())
