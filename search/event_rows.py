"""Events (agenda.EventPage) in search results: dated by their start, with the date facet."""

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda.models import EventPage

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


def _event_rows(events: list[EventPage], context: RowContext) -> dict[int, Result]:
    now = timezone.now()
    rows = {}
    for event in events:
        organiser = context.clusters_by_pk.get(event.organiser_id)
        cluster = context.local(organiser) if organiser else None
        rows[event.pk] = Result(
            title=event.title,
            url=context.url(event),
            type="event",
            cluster=cluster.title if cluster else "",
            cluster_slug=cluster.slug if cluster else "",
            country=event.country or (cluster.country if cluster else ""),
            locale=context.language(event),
            date=event.start,
            date_label=str(_("Starts")),
            periods=event_periods(event.start, event.end, now),
            status=str(_("Cancelled")) if event.cancelled else "",
            texts=(event.search_description or event.summary, event.description),
        )
    return rows


register_page_type(PageType("event", EventPage, _("Event"), _("Events"), _event_rows, lambda event: event.start))
