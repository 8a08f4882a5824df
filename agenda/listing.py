"""What the events index lists: upcoming (or past) events of its language, filtered and paginated."""

from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils import formats

from clusters.countries import COUNTRY_CHOICES
from clusters.models import ClusterPage
from practices.models import page_number, reading_order

from .models import EventPage, EventType

EVENTS_PER_PAGE = 12
FILTER_PARAMETERS = ("type", "cluster", "country", "month")


def month_label(value: str) -> str:
    year, month = (int(part) for part in value.split("-"))
    return formats.date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")


def filter_options(events) -> dict[str, dict[str, Any]]:
    """The values each filter accepts: only those some listed event has."""
    rows = list(events.values_list("event_type", "country", "start", "organiser_id"))
    countries = dict(COUNTRY_CHOICES)
    types = dict(EventType.choices)
    clusters = ClusterPage.objects.filter(pk__in={row[3] for row in rows}).only("pk", "slug", "title", "acronym")
    return {
        "type": {value: types[value] for value in sorted({row[0] for row in rows}) if value in types},
        "cluster": {cluster.slug: cluster for cluster in clusters},
        "country": {code: countries[code] for code in {row[1] for row in rows} if code in countries},
        "month": {month: month_label(month) for month in sorted({row[2].strftime("%Y-%m") for row in rows})},
    }


def apply_filters(events, selected: dict[str, str], options: dict[str, dict[str, Any]]):
    if selected["type"]:
        events = events.filter(event_type=selected["type"])
    if selected["cluster"]:
        events = events.filter(organiser__slug=selected["cluster"])
    if selected["country"]:
        events = events.filter(country=selected["country"])
    if selected["month"]:
        year, month = (int(part) for part in selected["month"].split("-"))
        events = events.filter(start__year=year, start__month=month)
    return events


def index_context(index, request, past: bool = False) -> dict[str, Any]:
    listed = EventPage.objects.live().public().filter(locale_id=index.locale_id)
    listed = listed.past() if past else listed.upcoming()
    options = filter_options(listed)
    selected = {name: request.GET.get(name, "") for name in FILTER_PARAMETERS}
    selected = {name: value if value in options[name] else "" for name, value in selected.items()}
    events = apply_filters(listed, selected, options).select_related("organiser").with_confirmed_count()
    page_obj = Paginator(events, EVENTS_PER_PAGE).get_page(page_number(request.GET.get("page")))
    page_obj.object_list = list(page_obj.object_list)
    return {
        "showing_past": past,
        "page_obj": page_obj,
        "selected": selected,
        "filtered": any(selected.values()),
        "filter_query": urlencode({name: value for name, value in selected.items() if value}),
        "type_options": list(options["type"].items()),
        "cluster_options": sorted(options["cluster"].values(), key=lambda c: reading_order(c.acronym or c.title)),
        "country_options": sorted(options["country"].items(), key=lambda option: reading_order(option[1])),
        "month_options": list(options["month"].items()),
        "upcoming_url": index.url,
        "past_url": index.url + index.reverse_subpage("past_events"),
        "feed_url": index.url + index.reverse_subpage("feed"),
        "my_events_url": index.url + index.reverse_subpage("my_events"),
    }
