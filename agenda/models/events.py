"""An event (Techdays, a workshop, a delegation, a webinar): its page, dates, place and seats.

Events live under the events index and name the cluster that organises them. The registrations
of every translation of an event belong to its first page (``registration_event``), whose row is
also the lock that keeps registrations within capacity.
"""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from clusters.models import ClusterPage
from portal.countries import COUNTRY_CHOICES
from portal.lists import join_list
from portal.panels import InlinePanel
from portal.richtext import RICH_TEXT_FEATURES
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.synchronised_fields import synchronised
from portal.translations import source_of

from ..blocks import ProgrammeBlock
from ..event_form import EventPageForm
from .choices import TIME_ZONE_CHOICES, EventType, Shore
from .dates import EventDatesMixin
from .registrations import Registration
from .routes import EventRoutes


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


class EventPage(LanguageSearchMixin, EventDatesMixin, EventRoutes, Page):
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

    # Facts every language version shares (see portal.synchronised_fields); the rest is translated.
    override_translatable_fields = synchronised(
        "event_type",
        "organiser",
        "co_organisers",
        "shore",
        "country",
        "online_url",
        "time_zone",
        "start",
        "end",
        "capacity",
        "registration_opens_at",
        "registration_closes_at",
        "registration_closed",
        "cancelled",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("shore")]),
        FieldRowPanel([FieldPanel("series"), FieldPanel("edition")]),
        FieldPanel("summary"),
        FieldPanel("organiser", widget=forms.Select),
        FieldPanel("co_organisers", widget=forms.CheckboxSelectMultiple),
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
        index.FilterField("end"),
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
    base_form_class = EventPageForm

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def permissions_for_user(self, user):
        """Who edits and publishes the event in the admin: see `agenda.permissions`."""
        from ..permissions import EventPermissionTester  # it is built on these models

        return EventPermissionTester(user, self)

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

    def place(self) -> str:
        parts = [self.venue, self.city, self.country_name()]
        return join_list(part for part in parts if part)

    # Registration

    @cached_property
    def registration_event(self) -> "EventPage":
        """The page all translations of this event register on: the first one created."""
        return source_of(self)

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
