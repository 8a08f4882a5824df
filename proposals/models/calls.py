"""Funding calls: Horizon Europe topics, Interreg NEXT MED, PRIMA, national and bilateral schemes."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager, PageQuerySet
from wagtail.search import index

from clusters.models import RICH_TEXT_FEATURES
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.synchronised_fields import synchronised

CURRENCY_CHOICES = [("EUR", "EUR"), ("MAD", "MAD"), ("TND", "TND"), ("LBP", "LBP"), ("USD", "USD")]
DEADLINE_TIME_ZONES = [
    ("Europe/Brussels", _("Brussels time")),
    ("Africa/Casablanca", _("Casablanca time")),
    ("Africa/Tunis", _("Tunis time")),
    ("Asia/Beirut", _("Beirut time")),
    ("UTC", "UTC"),
]


class Programme(models.TextChoices):
    HORIZON_EUROPE = "horizon-europe", _("Horizon Europe")
    INTERREG_NEXT_MED = "interreg-next-med", _("Interreg NEXT MED")
    PRIMA = "prima", _("PRIMA")
    MAROC_PME = "maroc-pme", _("Maroc PME")
    TAMWILCOM = "tamwilcom", _("Tamwilcom")
    NATIONAL = "national", _("Other national scheme")
    BILATERAL = "bilateral", _("Bilateral cooperation")
    OTHER = "other", _("Other programme")


class CallStatus(models.TextChoices):
    FORTHCOMING = "forthcoming", _("Forthcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class FundingCallQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale) -> "FundingCallQuerySet":
        """Live calls of a language: those still open or forthcoming first, nearest deadline first."""
        now = timezone.now()
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .annotate(
                deadline_passed=models.Case(
                    models.When(deadline__lte=now, then=models.Value(True)),
                    default=models.Value(False),
                    output_field=models.BooleanField(),
                ),
                upcoming_deadline=models.Case(models.When(deadline__gt=now, then=models.F("deadline"))),
                past_deadline=models.Case(models.When(deadline__lte=now, then=models.F("deadline"))),
            )
            .order_by("deadline_passed", "upcoming_deadline", "-past_deadline", "title")
        )


class FundingCallIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["proposals.FundingCallPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("funding call index page")

    def get_context(self, request, *args, **kwargs):
        from proposals.listings import funding_call_listing  # the listings import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(funding_call_listing(request, Locale(pk=self.locale_id)))
        return context


class FundingCallPage(LanguageSearchMixin, Page):
    programme = models.CharField(_("programme"), max_length=30, choices=Programme)
    topic_identifier = models.CharField(
        _("topic identifier"),
        max_length=80,
        blank=True,
        help_text=_("For example HORIZON-CL4-2025-TWIN-TRANSITION-01-05."),
    )
    summary = models.CharField(_("summary"), max_length=400)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    opening_date = models.DateField(_("opening date"), null=True, blank=True)
    deadline_date = models.DateField(_("deadline"))
    deadline_time = models.TimeField(_("deadline time"), default=datetime.time(17, 0))
    deadline_timezone = models.CharField(
        _("time zone of the deadline"), max_length=40, choices=DEADLINE_TIME_ZONES, default="Europe/Brussels"
    )
    # The deadline as one instant, worked out from the three fields above, for sorting and filtering.
    deadline = models.DateTimeField(_("deadline (instant)"), editable=False, db_index=True)
    budget = models.DecimalField(
        _("budget"), max_digits=14, decimal_places=0, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR")
    open_to_associated_countries = models.BooleanField(_("open to Horizon Europe associated countries"), default=False)
    open_to_neighbourhood_countries = models.BooleanField(_("open to Neighbourhood countries"), default=False)
    min_consortium_countries = models.PositiveSmallIntegerField(
        _("minimum number of countries in the consortium"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty when a single organisation may apply."),
    )
    official_url = models.URLField(_("official page"), max_length=500)
    outcome = models.TextField(
        _("outcome"), blank=True, help_text=_("Once the call is closed: how many projects were funded, results…")
    )

    objects = PageManager.from_queryset(FundingCallQuerySet)()

    # Facts every language version shares (see portal.synchronised_fields); the rest is translated.
    override_translatable_fields = synchronised(
        "programme",
        "topic_identifier",
        "opening_date",
        "deadline_date",
        "deadline_time",
        "deadline_timezone",
        "budget",
        "currency",
        "open_to_associated_countries",
        "open_to_neighbourhood_countries",
        "min_consortium_countries",
        "official_url",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("programme"), FieldPanel("topic_identifier")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("opening_date"),
                FieldRowPanel(
                    [FieldPanel("deadline_date"), FieldPanel("deadline_time"), FieldPanel("deadline_timezone")]
                ),
            ],
            heading=_("Dates"),
        ),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("currency")]),
        MultiFieldPanel(
            [
                FieldPanel("open_to_associated_countries"),
                FieldPanel("open_to_neighbourhood_countries"),
                FieldPanel("min_consortium_countries"),
            ],
            heading=_("Eligibility"),
        ),
        FieldPanel("official_url"),
        FieldPanel("outcome"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("topic_identifier", boost=3),
        index.SearchField("description"),
        index.AutocompleteField("topic_identifier"),
        index.FilterField("locale"),
        index.FilterField("programme"),
        index.FilterField("deadline"),
        index.FilterField("status"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("summary", "description")
    api_fields = [
        APIField("programme"),
        APIField("topic_identifier"),
        APIField("summary"),
        APIField("opening_date"),
        APIField("deadline"),
        APIField("deadline_timezone"),
        APIField("status"),
        APIField("budget"),
        APIField("currency"),
        APIField("open_to_associated_countries"),
        APIField("open_to_neighbourhood_countries"),
        APIField("min_consortium_countries"),
        APIField("official_url"),
        APIField("outcome"),
    ]
    parent_page_types = ["proposals.FundingCallIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("funding call")
        verbose_name_plural = _("funding calls")

    def clean(self) -> None:
        super().clean()
        if self.opening_date and self.deadline_date and self.opening_date > self.deadline_date:
            raise ValidationError({"deadline_date": _("The deadline cannot be before the opening date.")})

    def save(self, *args, **kwargs):
        self.deadline = self.deadline_instant()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "deadline_date" in update_fields:
            kwargs["update_fields"] = [*update_fields, "deadline"]
        return super().save(*args, **kwargs)

    def deadline_instant(self) -> datetime.datetime:
        zone = zoneinfo.ZoneInfo(self.deadline_timezone or "UTC")
        return datetime.datetime.combine(self.deadline_date, self.deadline_time or datetime.time(17, 0), tzinfo=zone)

    @property
    def local_deadline(self) -> datetime.datetime:
        """The deadline in the call's own time zone, as the official page states it."""
        return self.deadline_instant()

    @property
    def status(self) -> str:
        today = timezone.localdate()
        if self.deadline and self.deadline <= timezone.now():
            return CallStatus.CLOSED
        if self.opening_date and self.opening_date > today:
            return CallStatus.FORTHCOMING
        return CallStatus.OPEN

    def get_status_display(self) -> str:
        return str(CallStatus(self.status).label)

    @property
    def is_closed(self) -> bool:
        return self.status == CallStatus.CLOSED

    def get_context(self, request, *args, **kwargs):
        from .proposals import ProposalPage  # which imports this module (its currencies)

        context = super().get_context(request, *args, **kwargs)
        context["proposals"] = ProposalPage.objects.for_listing(Locale(pk=self.locale_id)).filter(
            funding_call__translation_key=self.translation_key
        )
        context["calls_index"] = self.get_parent()
        return context
