"""Joint project proposals, led by a cluster and listed across all clusters."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from clusters.models import RICH_TEXT_FEATURES, ClusterPage
from clusters.serializers import TermSerializer
from clusters.taxonomy import Sector, Term
from members.models import MemberType
from portal.countries import COUNTRY_CHOICES
from portal.panels import InlinePanel
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.synchronised_fields import kept_per_language, synchronised
from portal.translations import source_of, sources

from .calls import CURRENCY_CHOICES
from .pipeline import ProposalStatus

# The fields the pipeline owns: set by the workflows (proposals.services) on every language version of a
# proposal, never by the page editor, and kept when an older revision is published.
PIPELINE_FIELDS = ("status", "status_changed_at", "partner_search_expires_on", "expiry_reminder_sent_for")


class Challenge(Term):
    """A societal challenge a proposal answers (health, transport, water…), named in each language."""

    class Meta(Term.Meta):
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")


class ProposalPageQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale) -> "ProposalPageQuerySet":
        return self.live().public().filter(locale=locale).order_by("-status_changed_at", "-first_published_at", "pk")

    def with_cards(self) -> "ProposalPageQuerySet":
        return self.prefetch_related("challenges", "sectors").select_related("funding_call")

    def originals(self) -> "ProposalPageQuerySet":
        """One page per proposal: the version it was first written in."""
        return sources(self)


class ProposalIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("proposal index page")

    def get_context(self, request, *args, **kwargs):
        from proposals.listings import proposal_listing  # the listings import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_listing(request, Locale(pk=self.locale_id)))
        return context


class ProposalPage(LanguageSearchMixin, Page):
    summary = models.CharField(_("summary"), max_length=400, help_text=_("One or two sentences shown on its card."))
    objectives = RichTextField(_("objectives"), features=RICH_TEXT_FEATURES)
    challenges = ParentalManyToManyField(Challenge, verbose_name=_("challenges"), blank=True, related_name="proposals")
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="proposals")
    funding_call = models.ForeignKey(
        "proposals.FundingCallPage",
        verbose_name=_("funding call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    indicative_budget = models.DecimalField(
        _("indicative budget"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR")
    duration_months = models.PositiveSmallIntegerField(
        _("duration in months"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    status = models.CharField(
        _("status"), max_length=30, choices=ProposalStatus, default=ProposalStatus.IDEA, editable=False, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed on"), null=True, editable=False)
    partner_search_expires_on = models.DateField(_("partner search ends on"), null=True, editable=False)
    expiry_reminder_sent_for = models.DateField(null=True, editable=False)

    objects = PageManager.from_queryset(ProposalPageQuerySet)()

    # Facts every language version shares (see portal.synchronised_fields); the pipeline fields are
    # set on every version by the workflows; each version keeps its own partner profiles (text).
    override_translatable_fields = [
        *synchronised("challenges", "sectors", "funding_call", "indicative_budget", "currency", "duration_months"),
        *kept_per_language("partners_sought"),
    ]

    content_panels = [
        *Page.content_panels,
        HelpPanel(
            content=_(
                "The status of a proposal, its consortium and the expressions of interest it receives are "
                "managed from the proposal's page on the site, by its cluster's managers."
            )
        ),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("challenges", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("funding_call"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("indicative_budget"), FieldPanel("currency"), FieldPanel("duration_months")])],
            heading=_("Budget and duration"),
        ),
        InlinePanel("partners_sought", heading=_("Partners sought"), label=_("partner profile")),
        InlinePanel("documents", heading=_("Attachments"), label=_("document")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("objectives"),
        index.RelatedFields(
            "challenges", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.RelatedFields(
            "sectors", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.FilterField("locale"),
        index.FilterField("status"),
        # Stored in a search server's documents for faceting; the database backend ignores them.
        index.FilterField("challenge_slugs"),
        index.FilterField("sector_slugs"),
        index.FilterField("country_code"),
        index.FilterField("cluster_slug"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("summary", "objectives")
    api_fields = [
        APIField("summary"),
        APIField("status"),
        APIField("status_changed_at"),
        APIField("partner_search_expires_on"),
        APIField("challenges", serializer=TermSerializer(many=True, read_only=True)),
        APIField("sectors", serializer=TermSerializer(many=True, read_only=True)),
        APIField("funding_call_summary"),
        APIField("cluster_summary"),
        APIField("country_code"),
        APIField("indicative_budget"),
        APIField("currency"),
        APIField("duration_months"),
        APIField("partners_sought"),
        APIField("consortium_summary"),
    ]
    parent_page_types = ["clusters.ClusterPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def with_content_json(self, content):
        """A revision carries the page's content; the pipeline fields stay as they are now."""
        page = super().with_content_json(content)
        for name in PIPELINE_FIELDS:
            setattr(page, name, getattr(self, name))
        return page

    @cached_property
    def original(self) -> "ProposalPage":
        """The version of this proposal it was first written in: its history and consortium hang on it."""
        return source_of(self)

    @cached_property
    def cluster(self) -> ClusterPage | None:
        """The cluster that leads this proposal (its parent page)."""
        if not self.path or self.depth <= 1:
            return None
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def is_open(self) -> bool:
        return self.status in ProposalStatus.open_statuses()

    @property
    def is_looking_for_partners(self) -> bool:
        return self.status == ProposalStatus.LOOKING_FOR_PARTNERS

    def challenge_slugs(self) -> list[str]:
        return [challenge.slug for challenge in self.challenges.all()]

    def sector_slugs(self) -> list[str]:
        return [sector.slug for sector in self.sectors.all()]

    def cluster_slug(self) -> str:
        return self.cluster.slug if self.cluster else ""

    def country_code(self) -> str:
        return self.cluster.country if self.cluster else ""

    def cluster_summary(self) -> dict | None:
        cluster = self.cluster
        if cluster is None:
            return None
        return {"id": cluster.pk, "slug": cluster.slug, "title": cluster.title, "acronym": cluster.acronym}

    def funding_call_summary(self) -> dict | None:
        call = self.funding_call
        if call is None:
            return None
        return {
            "id": call.pk,
            "title": call.title,
            "programme": call.programme,
            "topic_identifier": call.topic_identifier,
            "deadline": call.deadline.isoformat() if call.deadline else None,
        }

    def consortium_summary(self) -> list[dict]:
        return [
            {"organisation": member.organisation_name, "country": member.country, "role": member.role}
            for member in self.original.consortium.all()
        ]

    def get_context(self, request, *args, **kwargs):
        from proposals.views import proposal_page_context  # the views import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_page_context(self, request))
        return context


class PartnerProfileSought(Orderable):
    """A partner the proposal still needs: its role, the kind of organisation, what it can do, where."""

    page = ParentalKey(ProposalPage, on_delete=models.CASCADE, related_name="partners_sought")
    role = models.CharField(
        _("role"), max_length=200, help_text=_("For example “Pilot site” or “Technology provider”.")
    )
    organisation_type = models.CharField(_("type of organisation"), max_length=20, choices=MemberType, blank=True)
    capability = models.CharField(_("capability"), max_length=300, blank=True)
    countries = models.CharField(
        _("countries"),
        max_length=100,
        blank=True,
        help_text=_("ISO codes separated by commas (for example “FR, IT, ES”); leave empty for any country."),
    )

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation_type")]),
        FieldRowPanel([FieldPanel("capability"), FieldPanel("countries")]),
    ]
    api_fields = [APIField("role"), APIField("organisation_type"), APIField("capability"), APIField("country_codes")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner profile sought")
        verbose_name_plural = _("partner profiles sought")

    def __str__(self) -> str:
        return self.role

    def country_codes(self) -> list[str]:
        return [code.strip().upper() for code in self.countries.split(",") if code.strip()]

    def country_names(self) -> list[str]:
        names = dict(COUNTRY_CHOICES)
        return [str(names.get(code, code)) for code in self.country_codes()]

    def clean(self) -> None:
        super().clean()
        known = dict(COUNTRY_CHOICES)
        unknown = [code for code in self.country_codes() if code not in known]
        if unknown:
            raise ValidationError({"countries": _("Unknown country codes: %(codes)s.") % {"codes": ", ".join(unknown)}})
        self.countries = ", ".join(self.country_codes())


class ProposalDocument(Orderable):
    page = ParentalKey(ProposalPage, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title
