"""The home page: what the portal is, its clusters and the latest of each section."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from clusters.models import ClusterPage
from portal.search_fields import LanguageSearchMixin, language_search_fields
from portal.translation_records import OutdatedTranslation, SourceText
from practices.models import BestPracticePage

LATEST_COUNT = 3
__all__ = ["HomePage", "OutdatedTranslation", "SourceText"]


class HomePage(LanguageSearchMixin, Page):
    intro = models.CharField(_("introduction"), max_length=400, blank=True)
    body = RichTextField(_("about the portal"), blank=True, features=["bold", "italic", "link", "ul", "h2", "h3"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *language_search_fields(),
    ]
    language_search_text_fields = ("intro", "body")
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "clusters.ClusterIndexPage",
        "practices.BestPracticeIndexPage",
        "agenda.EventIndexPage",
        "proposals.ProposalIndexPage",
        "proposals.FundingCallIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A locale built from the id filters the same way without loading the row.
        locale = Locale(pk=self.locale_id)
        # Both lists leave out pages behind a view restriction, looked up once for the two.
        private = PageViewRestriction.objects.select_related("page").only("page__path")
        hidden = Q(pk__in=[]) | Q(*[Q(path__startswith=r.page.path) for r in private], _connector=Q.OR)
        # The cards list each cluster's sectors, fetched in one query for all of them.
        context["clusters"] = (
            ClusterPage.objects.live()
            .filter(locale=locale)
            .exclude(hidden)
            .order_by("title")
            .prefetch_related("sectors")
        )
        context["latest_practices"] = (
            BestPracticePage.objects.live()
            .filter(locale=locale)
            .exclude(hidden)
            .only("title", "summary", "url_path", "path", "depth", "locale_id")
            .order_by("-first_published_at")[:LATEST_COUNT]
        )
        return context
