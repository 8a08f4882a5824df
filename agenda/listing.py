"""What the events index lists: upcoming (or past) events of its language, filtered and paginated."""

from datetime import date
from typing import Any

from django.db.models import Q
from django.utils import formats

from clusters.models import ClusterPage
from portal.countries import COUNTRY_CHOICES
from portal.listing import filtered_listing
from portal.text import fold

from .models import EventPage, EventPageQuerySet, EventType

EVENTS_PER_PAGE = 12


def month_label(value: str) -> str:
    year, month = (int(part) for part in value.split("-"))
    return formats.date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")


def filter_options(events: EventPageQuerySet) -> dict[str, dict[str, Any]]:
    """The values each filter accepts: only those some listed event has (clusters: organisers and co-organisers)."""
    rows = list(events.values_list("event_type", "country", "start", "organiser_id"))
    countries = dict(COUNTRY_CHOICES)
    types = dict(EventType.choices)
    co_organisers = ClusterPage.objects.filter(co_organised_events__in=events.values("pk"))
    clusters = ClusterPage.objects.filter(
        Q(pk__in={row[3] for row in rows}) | Q(pk__in=co_organisers.values("pk"))
    ).only("pk", "slug", "title", "acronym")
    return {
        "type": {value: types[value] for value in sorted({row[0] for row in rows}) if value in types},
        "cluster": {cluster.slug: cluster for cluster in clusters},
        "country": {code: countries[code] for code in {row[1] for row in rows} if code in countries},
        "month": {month: month_label(month) for month in sorted({row[2].strftime("%Y-%m") for row in rows})},
    }


def apply_filters(events: EventPageQuerySet, selected: dict[str, str]) -> EventPageQuerySet:
    if selected["type"]:
        events = events.filter(event_type=selected["type"])
    if selected["cluster"]:
        organised = Q(organiser__slug=selected["cluster"]) | Q(co_organisers__slug=selected["cluster"])
        events = events.filter(pk__in=EventPage.objects.filter(organised).values("pk"))
    if selected["country"]:
        events = events.filter(country=selected["country"])
    if selected["month"]:
        year, month = (int(part) for part in selected["month"].split("-"))
        events = events.filter(start__year=year, start__month=month)
    return events.select_related("organiser").with_confirmed_count()


def index_context(index, request, past: bool = False) -> dict[str, Any]:
    listed = EventPage.objects.live().public().filter(locale_id=index.locale_id)
    listed = listed.past() if past else listed.upcoming()
    options = filter_options(listed)
    return {
        **filtered_listing(request, listed, options, apply_filters, EVENTS_PER_PAGE),
        "showing_past": past,
        "type_options": list(options["type"].items()),
        "cluster_options": sorted(options["cluster"].values(), key=lambda c: fold(c.acronym or c.title)),
        "country_options": sorted(options["country"].items(), key=lambda option: fold(option[1])),
        "month_options": list(options["month"].items()),
        "upcoming_url": index.url,
        "past_url": index.url + index.reverse_subpage("past_events"),
        "feed_url": index.url + index.reverse_subpage("feed"),
        "my_events_url": index.url + index.reverse_subpage("my_events"),
    }
