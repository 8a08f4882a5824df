"""Events (agenda.EventPage) in search results: dated by their start, with the date facet."""

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from django.utils.translation import gettext_lazy as _

from agenda.models import EventPage

from .facts import Facts
from .rows import PageType, Result, RowContext, register_page_type


def event_periods(start: datetime, end: datetime, now: datetime) -> tuple[str, ...]:
    """The date facet's values of an event: "upcoming" or "past", and "this-month" if it takes place
    (at least partly) in the current month."""
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    next_month = (month_start.replace(day=28) + timedelta(days=4)).replace(day=1)
    periods = ["past" if end < now else "upcoming"]
    if start < next_month and end >= month_start:
        periods.append("this-month")
    return tuple(periods)


def _event_facts(fields: Mapping[str, Any], context: RowContext) -> Facts:
    """An event's: its organiser, its own country else the organiser's, its start, past or upcoming."""
    cluster = context.cluster_by_pk(fields["organiser_id"])
    country = fields["country"] or (cluster.country if cluster else "")
    periods = event_periods(fields["start"], fields["end"], context.now)
    return Facts(cluster, country, fields["start"], periods)


def _event_rows(events: list[EventPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for event in events:
        rows[event.pk] = Result(
            title=event.title,
            url=context.url(event),
            type="event",
            locale=context.language(event),
            date_label=str(_("Starts")),
            status=str(_("Cancelled")) if event.cancelled else "",
            texts=(event.search_description or event.summary, event.description),
        )
    return rows


register_page_type(
    PageType(
        "event",
        EventPage,
        _("Event"),
        _("Events"),
        _event_rows,
        lambda event: event.start,
        facts=_event_facts,
        fact_fields=("organiser_id", "country", "start", "end"),
    )
)
