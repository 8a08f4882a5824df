"""Values written as a reader reads them in following's emails (change notices and the digest)."""

import datetime
from typing import Any

from django.utils import formats, timezone


def format_value(value: Any, zone: datetime.tzinfo = datetime.UTC) -> str:
    """A value as a person reads it in the active language; instants in `zone`."""
    if value is None or value == "":
        return "–"
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value, zone)
        return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({local.tzname()})"
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)
