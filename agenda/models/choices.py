"""The fixed lists an event chooses from: its type, its shore of the Mediterranean, its time zone."""

from django.db import models
from django.utils.translation import gettext_lazy as _

TIME_ZONE_CHOICES = [
    (name, name.replace("_", " "))
    for name in (
        "Africa/Algiers",
        "Africa/Cairo",
        "Africa/Casablanca",
        "Africa/Tunis",
        "Asia/Amman",
        "Asia/Beirut",
        "Asia/Gaza",
        "Asia/Nicosia",
        "Atlantic/Canary",
        "Europe/Athens",
        "Europe/Berlin",
        "Europe/Brussels",
        "Europe/Lisbon",
        "Europe/Madrid",
        "Europe/Malta",
        "Europe/Paris",
        "Europe/Rome",
        "UTC",
    )
]


class EventType(models.TextChoices):
    TECHDAYS = "techdays", _("Techdays")
    B2B = "b2b", _("B2B meeting")
    WORKSHOP = "workshop", _("Workshop")
    DELEGATION = "delegation", _("Trade-fair delegation")
    WEBINAR = "webinar", _("Webinar")


class Shore(models.TextChoices):
    NORTH = "north", _("North shore")
    SOUTH = "south", _("South shore")
