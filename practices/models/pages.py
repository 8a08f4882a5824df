"""Best practices: case studies that clusters publish, listed across all clusters.

A practice lives inside the cluster that wrote it (under its ClusterPage), so the
cluster's editors, who have permissions on their cluster's subtree, own it.
"""

from collections.abc import Iterable
from typing import Any

from django import forms
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Value
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager, PageQuerySet
from wagtail.search import index

from clusters.models import ClusterPage
from clusters.taxonomy import Sector
from clusters.tree import attach_clusters, children_of
from portal.countries import COUNTRY_CHOICES
from portal.listing import filtered_listing
from portal.panels import InlinePanel
from portal.richtext import RICH_TEXT_FEATURES
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.synchronised_fields import kept_per_language, synchronised
from portal.text import fold

from ..serializers import ClusterSummarySerializer, TermSerializer
from .themes import Theme

PRACTICES_PER_PAGE = 12
RELATED_PRACTICES = 3


class BestPracticePageQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale) -> "BestPracticePageQuerySet":
        return self.live().public().filter(locale=locale).order_by("-first_published_at", "title")

    def in_clusters(self, clusters: Iterable[Page]) -> "BestPracticePageQuerySet":
        """The practices published directly under any of these clusters."""
        return self.filter(children_of(clusters))

    def with_cards(self) -> "BestPracticePageQuerySet":
        """What a practice card shows, fetched in a constant number of queries."""
        return self.prefetch_related("themes")


class BestPracticeIndexPage(LanguageSearchMixin, Page):
    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *language_search_fields()]
    language_search_text_fields = ("intro",)
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("best practice index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = Locale(pk=self.locale_id)
        practices = BestPracticePage.objects.for_listing(locale)
        options = self.filter_options(practices, locale)
        clusters = options["cluster"].values()
        context.update(
            filtered_listing(
                request,
                practices,
                options,
                lambda practices, selected: self.apply_filters(practices, selected, clusters).with_cards(),
                PRACTICES_PER_PAGE,
            )
        )
        attach_clusters(context["page_obj"].object_list)
        context.update(
            theme_options=sorted(options["theme"].values(), key=lambda term: fold(term.name)),
            sector_options=sorted(options["sector"].values(), key=lambda term: fold(term.name)),
            cluster_options=sorted(options["cluster"].values(), key=lambda cluster: fold(cluster.title)),
            country_options=sorted(options["country"].items(), key=lambda option: fold(option[1])),
        )
        return context

    @staticmethod
    def filter_options(practices: BestPracticePageQuerySet, locale: Locale) -> dict[str, dict[str, Any]]:
        """The values each filter accepts: only terms, clusters and countries that have practices."""
        has_practices = Exists(
            BestPracticePage.objects.live().filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        )
        clusters = ClusterPage.objects.for_listing(locale).filter(has_practices)
        countries = dict(COUNTRY_CHOICES)
        return {
            "theme": {term.slug: term for term in Theme.objects.filter(practices__in=practices).distinct()},
            "sector": {term.slug: term for term in Sector.objects.filter(practices__in=practices).distinct()},
            "cluster": {cluster.slug: cluster for cluster in clusters},
            "country": {code: countries[code] for code in {cluster.country for cluster in clusters}},
        }

    @staticmethod
    def apply_filters(
        practices: BestPracticePageQuerySet, selected: dict[str, str], clusters: Iterable[ClusterPage]
    ) -> BestPracticePageQuerySet:
        if selected["theme"]:
            practices = practices.filter(themes__slug=selected["theme"])
        if selected["sector"]:
            practices = practices.filter(sectors__slug=selected["sector"])
        if selected["cluster"] or selected["country"]:
            practices = practices.in_clusters(
                cluster
                for cluster in clusters
                if selected["cluster"] in ("", cluster.slug) and selected["country"] in ("", cluster.country)
            )
        return practices


class BestPracticePage(LanguageSearchMixin, Page):
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown on the practice's card.")
    )
    context_and_problem = RichTextField(_("context and problem"), features=RICH_TEXT_FEATURES)
    approach = RichTextField(_("approach"), features=RICH_TEXT_FEATURES)
    results = RichTextField(_("results"), blank=True, features=RICH_TEXT_FEATURES)
    how_to_replicate = RichTextField(_("how to replicate it"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="practices")
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="practices")

    objects = PageManager.from_queryset(BestPracticePageQuerySet)()

    # Facts every language version shares (see portal.synchronised_fields); the rest is translated, and
    # each version keeps its own result figures (their labels are text).
    override_translatable_fields = [
        *synchronised("themes", "sectors", "contact_email"),
        *kept_per_language("results_figures"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("context_and_problem"),
        FieldPanel("approach"),
        FieldPanel("results"),
        InlinePanel("results_figures", heading=_("Results in figures"), label=_("figure")),
        FieldPanel("how_to_replicate"),
        InlinePanel("resources", heading=_("Resources (PDF)"), label=_("resource")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")])], heading=_("Contact")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("context_and_problem"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("how_to_replicate"),
        index.RelatedFields(
            "themes", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.RelatedFields(
            "sectors", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.FilterField("locale"),
        # Stored in a search server's documents for faceting; the database backend ignores them.
        index.FilterField("theme_slugs"),
        index.FilterField("sector_slugs"),
        index.FilterField("cluster_slug"),
        index.FilterField("country_code"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("summary", "context_and_problem", "approach", "results", "how_to_replicate")
    api_fields = [
        APIField("summary"),
        APIField("themes", serializer=TermSerializer(many=True, read_only=True)),
        APIField("sectors", serializer=TermSerializer(many=True, read_only=True)),
        APIField("cluster", serializer=ClusterSummarySerializer(read_only=True)),
        APIField("country"),
        APIField("results_figures"),
    ]
    parent_page_types = ["clusters.ClusterPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    @cached_property
    def cluster(self) -> ClusterPage | None:
        """The cluster that published this practice (its parent page)."""
        if not self.path:
            return None
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def country(self) -> str:
        return self.cluster.country if self.cluster else ""

    def theme_slugs(self) -> list[str]:
        return [theme.slug for theme in self.themes.all()]

    def sector_slugs(self) -> list[str]:
        return [sector.slug for sector in self.sectors.all()]

    def cluster_slug(self) -> str:
        return self.cluster.slug if self.cluster else ""

    def country_code(self) -> str:
        return self.country

    def related_practices(self, limit: int = RELATED_PRACTICES) -> list["BestPracticePage"]:
        """Other live practices in this language sharing a theme or a sector, those sharing most first."""
        theme_ids = [theme.pk for theme in self.themes.all()]
        sector_ids = [sector.pk for sector in self.sectors.all()]
        if not theme_ids and not sector_ids:
            return []
        shared_themes = Count("themes", filter=Q(themes__in=theme_ids), distinct=True) if theme_ids else Value(0)
        shared_sectors = Count("sectors", filter=Q(sectors__in=sector_ids), distinct=True) if sector_ids else Value(0)
        related = list(
            BestPracticePage.objects.for_listing(Locale(pk=self.locale_id))
            .exclude(pk=self.pk)
            .annotate(shared=shared_themes + shared_sectors)
            .filter(shared__gt=0)
            .order_by("-shared", "-first_published_at", "title")
            .with_cards()[:limit]
        )
        attach_clusters(related)
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            cluster=self.cluster,
            themes=list(self.themes.all()),
            sectors=list(self.sectors.all()),
            figures=list(self.results_figures.all()),
            resources=list(self.resources.select_related("document")),
            related_practices=self.related_practices(),
            practices_index=BestPracticeIndexPage.objects.live().filter(locale_id=self.locale_id).first(),
        )
        return context
