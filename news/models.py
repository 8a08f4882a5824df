"""Cluster news: one news index per language, and the news items every cluster publishes there.

As with events, the items live under the one news index (so that `/<lang>/news/` lists every
cluster's news) and name the cluster that publishes them; the managers of that cluster edit them
(see `news.permissions`). The index also serves the feeds (see `news.feeds`).
"""

from datetime import date, datetime, time

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager, PageQuerySet
from wagtail.search import index

from clusters.models import ClusterPage
from clusters.serializers import TermSerializer
from clusters.taxonomy import Sector
from portal.richtext import RICH_TEXT_FEATURES
from portal.search_fields import LanguageSearchMixin, language_search_fields
from practices.serializers import ClusterSummarySerializer

from .forms import NewsPageForm


class NewsPageQuerySet(PageQuerySet):
    def published_in(self, locale: Locale | int) -> "NewsPageQuerySet":
        """The live, public news of one language, newest first."""
        return self.live().public().filter(locale=locale).order_by("-date", "-pk")

    def of_cluster(self, cluster: ClusterPage) -> "NewsPageQuerySet":
        """The news of `cluster`, whichever version of it they name."""
        return self.filter(cluster__translation_key=cluster.translation_key)

    def with_cards(self) -> "NewsPageQuerySet":
        """What a news card shows, fetched in a constant number of queries."""
        return self.select_related("cluster").prefetch_related("sectors")


class NewsIndexPage(RoutablePageMixin, Page):
    """Lists every cluster's news, newest first, and serves the news feeds."""

    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def permissions_for_user(self, user):
        """Cluster editors add news here: see `news.permissions`."""
        from .permissions import NewsIndexPermissionTester  # it is built on these models

        return NewsIndexPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from .listing import index_context  # the listing reads the models

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed()(request, index=self)

    @path("feed/<slug:cluster>/")
    def cluster_feed(self, request, cluster):
        from .feeds import NewsFeed

        return NewsFeed()(request, index=self, cluster=cluster)


def start_of(day: date) -> datetime:
    """The first moment of `day` in the portal's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


class NewsPage(LanguageSearchMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two sentences shown in the list."))
    body = RichTextField(_("text"), blank=True, features=RICH_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cluster = models.ForeignKey(
        ClusterPage, verbose_name=_("publishing cluster"), on_delete=models.PROTECT, related_name="news"
    )
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="news")
    related_event = models.ForeignKey(
        "agenda.EventPage",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_proposal = models.ForeignKey(
        "proposals.ProposalPage",
        verbose_name=_("related joint proposal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("cluster", widget=forms.Select),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("image"),
        FieldPanel("body"),
        PageChooserPanel("related_event", "agenda.EventPage"),
        PageChooserPanel("related_proposal", "proposals.ProposalPage"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("cluster_name"),
        index.RelatedFields(
            "sectors", [index.SearchField("name_en"), index.SearchField("name_fr"), index.SearchField("name_ar")]
        ),
        index.FilterField("locale"),
        index.FilterField("date"),
        # Stored in a search server's documents for faceting; the database backend ignores them.
        index.FilterField("sector_slugs"),
        index.FilterField("cluster_slug"),
        index.FilterField("country_code"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("summary", "body")
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        APIField("image"),
        APIField("cluster", serializer=ClusterSummarySerializer(read_only=True)),
        APIField("sectors", serializer=TermSerializer(many=True, read_only=True)),
        APIField("related_event"),
        APIField("related_proposal"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    base_form_class = NewsPageForm

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def permissions_for_user(self, user):
        """Who edits and publishes the news item in the admin: see `news.permissions`."""
        from .permissions import NewsPermissionTester  # it is built on these models

        return NewsPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from .listing import feed_context  # the listing reads the models

        context = super().get_context(request, *args, **kwargs)
        index = self.get_parent().specific
        context.update(feed_context(index, self.cluster))
        context.update(
            index_url=index.url,
            sectors=list(self.sectors.all()),
            related_event=_live(self.related_event),
            related_proposal=_live(self.related_proposal),
        )
        return context

    def published_at(self) -> datetime:
        """The news item's date as a moment (its start, in the portal's time zone), for the feeds."""
        return start_of(self.date)

    # Search helpers

    def cluster_name(self) -> str:
        return f"{self.cluster.acronym} {self.cluster.title}" if self.cluster_id else ""

    def cluster_slug(self) -> str:
        return self.cluster.slug if self.cluster_id else ""

    def country_code(self) -> str:
        return self.cluster.country if self.cluster_id else ""

    def sector_slugs(self) -> list[str]:
        return [sector.slug for sector in self.sectors.all()]


def _live(page: Page | None) -> Page | None:
    return page if page is not None and page.live else None
