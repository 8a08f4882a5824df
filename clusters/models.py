"""Cluster profiles: an index page and one page per cluster."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from portal.countries import COUNTRY_CHOICES, place_search_text
from portal.panels import InlinePanel
from portal.richtext import RICH_TEXT_FEATURES
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.synchronised_fields import kept_per_language, synchronised

from .hub import sections_for
from .map import HEIGHT, WIDTH, map_points
from .serializers import MemberCountsField, TermSerializer
from .taxonomy import Sector

__all__ = ["ClusterIndexPage", "ClusterKeyFigure", "ClusterPage", "Sector"]


class ClusterIndexPage(LanguageSearchMixin, Page):
    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *language_search_fields()]
    language_search_text_fields = ("intro",)
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["clusters.ClusterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cluster index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clusters = ClusterPage.objects.for_listing(self.locale)
        countries = dict(COUNTRY_CHOICES)
        country = request.GET.get("country", "")
        sector = request.GET.get("sector", "")
        sectors = {s.slug: s for s in Sector.objects.filter(clusters__in=clusters).distinct()}
        context["country_options"] = sorted(
            ((code, countries[code]) for code in set(clusters.values_list("country", flat=True))),
            key=lambda option: str(option[1]),
        )
        context["sector_options"] = sorted(sectors.values(), key=lambda term: term.name)
        if country in countries:
            clusters = clusters.filter(country=country)
        if sector in sectors:
            clusters = clusters.filter(sectors__slug=sector)
        clusters = clusters.prefetch_related("sectors")
        placed, unplaced = map_points(clusters)
        context.update(
            map_points=placed,
            map_unplaced=unplaced,
            map_width=WIDTH,
            map_height=HEIGHT,
            clusters=clusters,
            selected_country=country if country in countries else "",
            selected_sector=sector if sector in sectors else "",
        )
        return context


class ClusterPageQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale) -> "ClusterPageQuerySet":
        return self.live().public().filter(locale=locale).order_by("title")


class ClusterPage(LanguageSearchMixin, Page):
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="clusters")
    mission = RichTextField(_("mission"), blank=True, features=RICH_TEXT_FEATURES)
    services = RichTextField(_("services offered"), blank=True, features=RICH_TEXT_FEATURES)
    shared_platforms = RichTextField(_("shared platforms"), blank=True, features=RICH_TEXT_FEATURES)
    international_presence = RichTextField(
        _("international presence"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Partner countries, trade fairs attended (CES, Productronica…), international networks."),
    )
    challenges = RichTextField(_("challenges and support sought"), blank=True, features=RICH_TEXT_FEATURES)
    smes = models.PositiveIntegerField(_("SMEs"), default=0)
    large_companies = models.PositiveIntegerField(_("large companies"), default=0)
    universities = models.PositiveIntegerField(_("universities and schools"), default=0)
    associations = models.PositiveIntegerField(_("associations"), default=0)
    startups = models.PositiveIntegerField(_("startups"), default=0)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    objects = PageManager.from_queryset(ClusterPageQuerySet)()

    # Facts every language version shares (see portal.synchronised_fields); the rest is translated, and
    # each version keeps its own key figures (their labels are text).
    override_translatable_fields = [
        *synchronised(
            "logo",
            "country",
            "latitude",
            "longitude",
            "founded_year",
            "sectors",
            "smes",
            "large_companies",
            "universities",
            "associations",
            "startups",
            "website",
            "contact_email",
        ),
        *kept_per_language("key_figures"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("founded_year")]),
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        FieldPanel("mission"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("smes"), FieldPanel("large_companies"), FieldPanel("startups")]),
                FieldRowPanel([FieldPanel("universities"), FieldPanel("associations")]),
            ],
            heading=_("Members"),
        ),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("figure")),
        InlinePanel("contacts", heading=_("Management team and contacts"), label=_("person")),
        FieldPanel("services"),
        FieldPanel("shared_platforms"),
        FieldPanel("international_presence"),
        FieldPanel("challenges"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("mission"),
        index.SearchField("services"),
        index.SearchField("challenges"),
        index.SearchField("shared_platforms"),
        index.SearchField("international_presence"),
        index.RelatedFields(
            "sectors", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.SearchField("search_place"),
        index.AutocompleteField("acronym"),
        index.FilterField("country"),
        index.FilterField("sector_slugs"),
        index.FilterField("cluster_slug"),
        *language_search_fields(),
    ]
    language_search_text_fields = (
        "acronym",
        "summary",
        "mission",
        "services",
        "challenges",
        "shared_platforms",
        "international_presence",
    )
    api_fields = [
        APIField("acronym"),
        APIField("summary"),
        APIField("country"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("founded_year"),
        APIField("sectors", serializer=TermSerializer(many=True, read_only=True)),
        APIField("member_counts_by_type", serializer=MemberCountsField(source="*", read_only=True)),
        APIField("key_figures"),
        APIField("website"),
    ]
    parent_page_types = ["clusters.ClusterIndexPage"]
    subpage_types = ["practices.BestPracticePage", "proposals.ProposalPage"]

    class Meta:
        verbose_name = _("cluster page")

    def clean(self) -> None:
        super().clean()
        if self.founded_year and self.founded_year > timezone.now().year:
            raise ValidationError({"founded_year": _("The year founded cannot be in the future.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both the latitude and the longitude, or neither.")})

    def sector_slugs(self) -> list[str]:
        """Sector slugs, for search filters and facets (the same in every language)."""
        return [sector.slug for sector in self.sectors.all()]

    def cluster_slug(self) -> str:
        return self.slug

    def search_place(self) -> str:
        """The city and the country in every language, for search."""
        return place_search_text(self.country, self.city)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["key_figures"] = self.key_figures.all()
        context["contacts"] = self.contacts.all()
        context["sectors"] = self.sectors.all()
        context["cluster_index_url"] = self.get_parent().get_url(request)
        context["hub_sections"] = sections_for(self, request)
        return context


class ClusterKeyFigure(Orderable):
    page = ParentalKey(ClusterPage, on_delete=models.CASCADE, related_name="key_figures")
    label = models.CharField(_("label"), max_length=120)
    value = models.CharField(_("value"), max_length=40, help_text=_("For example “40+” or “110”."))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)])

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("label"), FieldPanel("year")])]
    api_fields = [APIField("value"), APIField("label"), APIField("year")]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")

    def __str__(self) -> str:
        return f"{self.value} {self.label} ({self.year})"


class ClusterContact(Orderable):
    page = ParentalKey(ClusterPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, help_text=_("For example “President” or “Cluster manager”."))
    email = models.EmailField(_("email"), blank=True)
    is_management = models.BooleanField(_("management team"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("is_management")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")

    def __str__(self) -> str:
        return f"{self.name} ({self.role})"
