"""Events (Techdays, workshops, delegations, webinars) and the registrations of the people attending them.

- ``index``: the events index below the home page;
- ``events``: an event's page (with ``dates``, when it takes place in its time zone);
- ``routes``: what the index and each event answer, served by the views;
- ``questions``: what the organiser asks everyone who registers;
- ``registrations``: each person's registration, confirmed or on the waiting list;
- ``choices``: event types, shores, time zones.
"""

from .choices import TIME_ZONE_CHOICES, EventType, Shore
from .events import EventPage, EventPageQuerySet
from .index import EventIndexPage
from .questions import RegistrationQuestion
from .registrations import Registration, RegistrationQuerySet

__all__ = [
    "TIME_ZONE_CHOICES",
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "EventType",
    "Registration",
    "RegistrationQuerySet",
    "RegistrationQuestion",
    "Shore",
]
