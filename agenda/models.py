"""Events (Techdays, workshops, delegations, webinars) and the registrations of the people attending them.

Events live under one events index below the home page and name the cluster that organises
them. Every translation of an event shares one set of registrations: they belong to the
event's first page (``EventPage.registration_event``), whose row is also the lock that keeps
registrations within capacity.
"""

import uuid
import zoneinfo
from datetime import datetime, tzinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index

from clusters.countries import COUNTRY_CHOICES
from clusters.models import RICH_TEXT_FEATURES, ClusterPage
from portal.search_fields import LanguageSearchMixin, language_search_fields

from .blocks import ProgrammeBlock

__all__ = ["EventIndexPage", "EventPage", "EventType", "Registration", "RegistrationQuestion", "Shore"]

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


class EventIndexPage(RoutablePageMixin, Page):
    """Lists the events; also serves My events and the calendar feeds."""

    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, past: bool = False, **kwargs):
        from .listing import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request, past=past))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("past/")
    def past_events(self, request):
        return self.render(request, past=True)

    @path("mine/")
    def my_events(self, request):
        from .views import my_events

        return my_events(request, self)

    @path("feed/")
    def feed(self, request):
        from .views import calendar_feed

        return calendar_feed(request, self, request.GET.get("cluster", ""))

    @path("feed/<slug:cluster>/")
    def cluster_feed(self, request, cluster):
        from .views import calendar_feed

        return calendar_feed(request, self, cluster)


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now: datetime | None = None) -> "EventPageQuerySet":
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now: datetime | None = None) -> "EventPageQuerySet":
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def with_confirmed_count(self) -> "EventPageQuerySet":
        """Annotate each event with its confirmed registrations (those of its first page)."""
        confirmed = Registration.objects.filter(
            event__translation_key=models.OuterRef("translation_key"), status=Registration.Status.CONFIRMED
        )
        count = models.Subquery(
            confirmed.values("event__translation_key").annotate(n=Count("pk")).values("n")[:1],
            output_field=models.IntegerField(),
        )
        return self.annotate(confirmed_total=Coalesce(count, 0))


class EventPage(LanguageSearchMixin, RoutablePageMixin, Page):
    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices, default=EventType.TECHDAYS)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two sentences shown in the list."))
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    organiser = models.ForeignKey(
        ClusterPage, verbose_name=_("organising cluster"), on_delete=models.PROTECT, related_name="organised_events"
    )
    co_organisers = ParentalManyToManyField(
        ClusterPage, verbose_name=_("co-organisers"), blank=True, related_name="co_organised_events"
    )
    series = models.CharField(_("series"), max_length=120, blank=True, help_text=_("For example “Techdays”."))
    edition = models.CharField(
        _("edition"), max_length=120, blank=True, help_text=_("For example “2027 – Casablanca”.")
    )
    shore = models.CharField(_("shore"), max_length=10, choices=Shore.choices, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For online and hybrid events: where participants join.")
    )
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default="Europe/Paris")
    start = models.DateTimeField(_("start"), help_text=_("In the event's time zone."))
    end = models.DateTimeField(_("end"), help_text=_("In the event's time zone."))
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("For example “English, French, Arabic”.")
    )
    programme = StreamField([("session", ProgrammeBlock())], verbose_name=_("programme"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Seats available; leave empty for no limit.")
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"), null=True, blank=True, help_text=_("Empty: open as soon as the page is published.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: open until the event starts.")
    )
    registration_closed = models.BooleanField(
        _("registration closed"), default=False, help_text=_("Close registration now, whatever the dates say.")
    )
    cancelled = models.BooleanField(_("event cancelled"), default=False)

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("shore")]),
        FieldRowPanel([FieldPanel("series"), FieldPanel("edition")]),
        FieldPanel("summary"),
        FieldPanel("organiser"),
        FieldPanel("co_organisers"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("languages"),
        FieldPanel("description"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
                FieldPanel("registration_closed"),
                FieldPanel("cancelled"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("questions", heading=_("Registration questions"), label=_("question")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("series"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.SearchField("type_label"),
        index.SearchField("country_name"),
        index.SearchField("organiser_name"),
        index.AutocompleteField("city"),
        index.FilterField("locale"),
        index.FilterField("event_type"),
        index.FilterField("country"),
        index.FilterField("start"),
        index.FilterField("shore"),
        index.FilterField("cluster_slug"),
        index.FilterField("country_code"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("summary", "description", "series", "city")
    api_fields = [
        APIField("event_type"),
        APIField("summary"),
        APIField("series"),
        APIField("edition"),
        APIField("shore"),
        APIField("city"),
        APIField("country"),
        APIField("time_zone"),
        APIField("start"),
        APIField("end"),
        APIField("online_url"),
        APIField("languages"),
        APIField("capacity"),
        APIField("seats_left"),
        APIField("registration_open"),
        APIField("programme"),
    ]
    parent_page_types = ["agenda.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at < self.registration_opens_at
        ):
            raise ValidationError({"registration_closes_at": _("Registration cannot close before it opens.")})

    # Time zone and dates

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

    def place(self) -> str:
        parts = [self.venue, self.city, self.country_name()]
        return ", ".join(part for part in parts if part)

    def is_past(self, now: datetime | None = None) -> bool:
        return self.end < (now or timezone.now())

    # Registration

    @cached_property
    def registration_event(self) -> "EventPage":
        """The page all translations of this event register on: the first one created."""
        if not self.translation_key or not self.pk:
            return self
        first = EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        return first or self

    def registration_closes(self) -> datetime:
        return self.registration_closes_at or self.start

    def registration_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return (
            not self.cancelled
            and not self.registration_closed
            and (self.registration_opens_at is None or self.registration_opens_at <= now)
            and now < self.registration_closes()
        )

    def confirmed_count(self) -> int:
        annotated = getattr(self, "confirmed_total", None)
        if annotated is not None:
            return annotated
        return Registration.objects.filter(event=self.registration_event, status=Registration.Status.CONFIRMED).count()

    def seats_left(self) -> int | None:
        """Seats still free, or None when the event has no capacity limit."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count(), 0)

    # Search and API helpers

    def type_label(self) -> str:
        return str(self.get_event_type_display())

    def country_name(self) -> str:
        return str(self.get_country_display()) if self.country else ""

    def country_code(self) -> str:
        return self.country

    def organiser_name(self) -> str:
        return f"{self.organiser.acronym} {self.organiser.title}" if self.organiser_id else ""

    def cluster_slug(self) -> str:
        return self.organiser.slug if self.organiser_id else ""

    def get_context(self, request, *args, **kwargs):
        from .detail import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("calendar/")
    def ics(self, request):
        from .views import event_ics

        return event_ics(request, self)

    @path("register/")
    def register(self, request):
        from .views import register

        return register(request, self)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        from .views import cancel_by_link

        return cancel_by_link(request, self, token)

    @path("checkin/")
    def checkin(self, request):
        from .views import checkin_desk

        return checkin_desk(request, self)

    @path("checkin/<str:token>/")
    def checkin_attendee(self, request, token):
        from .views import checkin_attendee

        return checkin_attendee(request, self, token)


class RegistrationQuestion(TranslatableMixin, Orderable):
    """A question the organiser asks everyone who registers."""

    class Kind(models.TextChoices):
        SHORT_TEXT = "short_text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")
        SINGLE_CHOICE = "single_choice", _("Single choice")
        MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
        CHECKBOX = "checkbox", _("Checkbox")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=255)
    kind = models.CharField(_("kind of answer"), max_length=20, choices=Kind.choices, default=Kind.SHORT_TEXT)
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For single and multiple choice: one choice per line.")
    )
    help_text = models.CharField(_("help text"), max_length=255, blank=True)
    required = models.BooleanField(_("required"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("choices"),
        FieldPanel("help_text"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")

    def __str__(self) -> str:
        return self.label

    @property
    def key(self) -> str:
        """What answers are stored under: the same for the question in every language."""
        return str(self.translation_key)

    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self) -> None:
        super().clean()
        needs_choices = self.kind in (self.Kind.SINGLE_CHOICE, self.Kind.MULTIPLE_CHOICE)
        if needs_choices and len(self.choice_list()) < 2:
            raise ValidationError({"choices": _("Give at least two choices, one per line.")})


class RegistrationQuerySet(models.QuerySet):
    def active(self) -> "RegistrationQuerySet":
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def waiting_list(self) -> "RegistrationQuerySet":
        """The people waiting for a seat, the first to get one first."""
        return self.filter(status=Registration.Status.WAITLISTED).order_by("created_at", "pk")


class Registration(models.Model):
    """One person's registration for an event: confirmed, on the waiting list or cancelled."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITLISTED)

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=["confirmed", "waitlisted"]),
                name="agenda_one_active_registration_per_person",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="agenda_reg_event_status")]

    def __str__(self) -> str:
        return f"{self.user} – {self.event} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    def waiting_position(self) -> int | None:
        """1 for the first person on the waiting list; None when not waiting."""
        if self.status != self.Status.WAITLISTED:
            return None
        ahead = Registration.objects.filter(event_id=self.event_id, status=self.Status.WAITLISTED).filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return ahead.count() + 1
