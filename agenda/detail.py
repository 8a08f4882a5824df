"""What an event page shows: the event, its programme and where the visitor stands."""

from itertools import groupby
from typing import Any

from . import services
from .models import EventIndexPage, EventPage, Registration
from .permissions import can_organise


def programme_days(event: EventPage) -> list[dict[str, Any]]:
    """The programme grouped by day, in the order given (items without a day join the previous one)."""
    items = [block.value for block in event.programme]
    days: list[dict[str, Any]] = []
    for day, group in groupby(items, key=lambda item: item.get("day")):
        if day is None and days:
            days[-1]["items"].extend(group)
        else:
            days.append({"day": day, "items": list(group)})
    return days


def event_context(event: EventPage, request) -> dict[str, Any]:
    user = request.user
    registration = None
    if user.is_authenticated:
        registration = Registration.objects.active().filter(event=event.registration_event, user=user).first()
    index = EventIndexPage.objects.filter(locale_id=event.locale_id).first()
    base = event.url
    return {
        "organiser": event.organiser,
        "co_organisers": list(event.co_organisers.all()),
        "programme_days": programme_days(event),
        "registration": registration,
        "registration_problem": services.registration_problem(event),
        "seats_left": event.seats_left(),
        "register_url": base + event.reverse_subpage("register"),
        "ics_url": base + event.reverse_subpage("ics"),
        "checkin_url": base + event.reverse_subpage("checkin") if can_organise(user, event) else "",
        "index_url": index.url if index else "",
        "my_events_url": index.url + index.reverse_subpage("my_events") if index else "",
    }
