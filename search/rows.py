"""What a search result shows, and the values its facets count, for each type of content.

Each page type found by the search registers how its rows are built (`register_page_type`): a
function that reads the rows of all the pages of that type found, in bulk, so a search makes the
same number of database queries whatever the number of results. Pages of a type nobody registered
become rows of type "page". Member organisations, which are not pages, have their own search and
rows (`member_rows`).
"""

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, prefetch_related_objects
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from clusters.models import ClusterPage
from clusters.taxonomy import Term
from members.models import MemberOrganisation
from portal.countries import COUNTRY_CHOICES
from portal.locales import locales_by_language
from portal.page_cache import current_version
from practices.models import BestPracticePage, Theme


@dataclass(frozen=True)
class Result:
    title: str
    url: str
    type: str
    snippet: str = ""
    cluster: str = ""
    cluster_slug: str = ""
    country: str = ""
    locale: str = ""
    date: datetime | None = None
    date_label: str = ""  # what the date is, when not the last publication: "Starts", "Deadline"
    sectors: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # themes of a practice, challenges of a proposal
    periods: tuple[str, ...] = ()  # values of the date facet (events)
    languages: tuple[str, ...] = ()  # of the versions found, when not only the one shown
    status: str = ""
    highlight: SafeString = field(default_factory=lambda: mark_safe(""))
    texts: tuple[str, ...] = field(default=(), repr=False)  # where the snippet is taken from, in order

    @property
    def type_name(self) -> str:
        return str(PAGE_TYPES[self.type].name if self.type in PAGE_TYPES else TYPE_NAMES[self.type])

    @property
    def country_name(self) -> str:
        return str(dict(COUNTRY_CHOICES).get(self.country, ""))

    def facet_values(self, name: str) -> tuple[str, ...]:
        values: dict[str, tuple[str, ...]] = {
            "sector": self.sectors,
            "theme": self.themes,
            "date": self.periods,
            "language": self.languages or ((self.locale,) if self.type != "member" else ()),
        }
        if name in values:
            return values[name]
        value = {"type": self.type, "country": self.country, "cluster": self.cluster_slug}[name]
        return (value,) if value else ()

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "snippet": self.snippet,
            "highlight": str(self.highlight),
            "cluster": self.cluster,
            "country": self.country,
            "locale": self.locale,
            "date": self.date.isoformat() if self.date else None,
        }


SITE_WIDE_SECONDS = 300
logger = logging.getLogger(__name__)


class RowContext:
    """What every row builder of one search shares, read once: the live clusters of every language
    (with their sectors), the language codes, the visitor's locale and the request (for URLs)."""

    def __init__(self, locale: Locale, request: HttpRequest | None) -> None:
        self.locale = locale
        self.request = request
        # Pages in a private section (and below it), read once for every search of the request.
        self.private = Page.objects.private_q()
        self.languages, clusters = _site_wide(self.private)
        self.clusters_by_pk = {page.pk: page for page in clusters}
        self.clusters_by_path = {page.path: page for page in clusters}
        self._local = {page.translation_key: page for page in clusters if page.locale_id == locale.pk}
        # The visitor's version of each cluster first, another one where there is none.
        self.clusters_by_slug = {page.slug: self.local(page) for page in clusters}

    def public_pages(self) -> PageQuerySet:
        """The live pages outside private sections."""
        return Page.objects.live().exclude(self.private)

    def language(self, page: Page) -> str:
        return self.languages.get(page.locale_id, "")

    def local(self, cluster: ClusterPage) -> ClusterPage:
        """The cluster in the visitor's language, if it is translated."""
        return self._local.get(cluster.translation_key, cluster)

    def cluster_of(self, page: Page) -> ClusterPage | None:
        """The cluster a page belongs to (its parent), in the visitor's language if translated."""
        parent = self.clusters_by_path.get(page.path[: -Page.steplen])
        return self.local(parent) if parent else None

    def url(self, page: Page) -> str:
        return page.get_url(self.request) or ""


def _site_wide(private: Q) -> tuple[dict[int, str], list[ClusterPage]]:
    """The language codes and the public live clusters (with their sectors): cached until a page is
    published, unpublished, moved or deleted (see portal/page_cache.py)."""
    key = f"search:site-wide:{current_version()}:{hashlib.sha256(str(private).encode()).hexdigest()[:16]}"
    try:
        cached = cache.get(key)
    except Exception:  # noqa: BLE001 - without a cache, read them each time
        cached = None
    if cached is not None:
        return cast("tuple[dict[int, str], list[ClusterPage]]", cached)
    languages = {locale.pk: code for code, locale in locales_by_language().items()}
    clusters = list(ClusterPage.objects.live().exclude(private).prefetch_related("sectors"))
    try:
        cache.set(key, (languages, clusters), SITE_WIDE_SECONDS)
    except Exception:
        logger.warning("Could not cache the clusters searched", exc_info=True)
    return languages, clusters


RowBuilder = Callable[[list[int], RowContext], dict[int, Result]]


@dataclass(frozen=True)
class PageType:
    value: str  # in the URL and the API: "practice"
    model: type[Page]
    name: Promise  # one result: "Best practice"
    label: Promise  # the facet's option: "Best practices"
    rows: RowBuilder
    date_of: Callable[[Any], datetime | None] | None = None  # the date a row shows, if not the last publication


PAGE_TYPES: dict[str, PageType] = {}
TYPE_NAMES: dict[str, Promise] = {"member": _("Member organisation"), "page": _("Page")}
TYPE_LABELS: dict[str, Promise] = {"member": _("Member organisations"), "page": _("Other pages")}


# The vocabularies whose terms a row may list in `themes` (themes of practices, challenges of proposals).
THEME_MODELS: list[type[Term]] = [Theme]


def register_page_type(page_type: PageType) -> None:
    """Search results of `page_type.model` (and its subclasses) get rows of this type."""
    PAGE_TYPES[page_type.value] = page_type


def register_theme_model(model: type[Term]) -> None:
    """Terms of `model` may appear in rows' `themes`: the theme facet accepts and names them."""
    if model not in THEME_MODELS:
        THEME_MODELS.append(model)


def type_labels() -> dict[str, Promise]:
    """Every type's facet label, pages' types first."""
    return {**{value: page_type.label for value, page_type in PAGE_TYPES.items()}, **TYPE_LABELS}


def page_type_of(model: type[Page] | None) -> PageType | None:
    for page_type in PAGE_TYPES.values():
        if model is not None and issubclass(model, page_type.model):
            return page_type
    return None


def result_date(page: Page) -> datetime | None:
    """The date a page's search result shows, by which results are sorted newest first."""
    page_type = page_type_of(type(page))
    if page_type is not None and page_type.date_of is not None:
        return page_type.date_of(page)
    return page.last_published_at


def _cluster_rows(ids: list[int], context: RowContext) -> dict[int, Result]:
    rows = {}
    for pk in ids:
        cluster = context.clusters_by_pk.get(pk)
        if cluster is not None:
            rows[pk] = Result(
                title=cluster.title,
                url=context.url(cluster),
                type="cluster",
                cluster=cluster.title,
                cluster_slug=cluster.slug,
                country=cluster.country,
                locale=context.language(cluster),
                date=cluster.last_published_at,
                sectors=tuple(cluster.sector_slugs()),
                texts=(cluster.search_description or cluster.summary, cluster.mission, cluster.services),
            )
    return rows


def _practice_rows(ids: list[int], context: RowContext) -> dict[int, Result]:
    practices = BestPracticePage.objects.filter(pk__in=ids).prefetch_related("sectors", "themes").in_bulk()
    rows = {}
    for pk, practice in practices.items():
        cluster = context.cluster_of(practice)
        rows[pk] = Result(
            title=practice.title,
            url=context.url(practice),
            type="practice",
            cluster=cluster.title if cluster else "",
            cluster_slug=cluster.slug if cluster else "",
            country=cluster.country if cluster else "",
            locale=context.language(practice),
            date=practice.last_published_at,
            sectors=tuple(practice.sector_slugs()),
            themes=tuple(practice.theme_slugs()),
            texts=(
                practice.search_description or practice.summary,
                practice.context_and_problem,
                practice.approach,
                practice.results,
            ),
        )
    return rows


register_page_type(PageType("cluster", ClusterPage, _("Cluster"), _("Clusters"), _cluster_rows))
register_page_type(PageType("practice", BestPracticePage, _("Best practice"), _("Best practices"), _practice_rows))


def other_page_row(page: Page, context: RowContext) -> Result:
    return Result(
        title=page.title,
        url=context.url(page),
        type="page",
        locale=context.language(page),
        date=page.last_published_at,
        texts=(page.search_description,),
    )


def member_rows(
    hits: Iterable[MemberOrganisation], context: RowContext, sectors: Mapping[int, list[str]] | None = None
) -> list[Result]:
    """Rows for the members found, as the search read them, in order; each links to the member's page.
    Their sectors' slugs are those given by member, else read in one query."""
    members = list(hits)
    if sectors is None:
        prefetch_related_objects(members, "sectors")
        sectors = {member.pk: [sector.slug for sector in member.sectors.all()] for member in members}
    rows = []
    for member in members:
        source = context.clusters_by_pk.get(member.cluster_id)  # the version members hang on
        cluster = context.local(source) if source else None
        rows.append(
            Result(
                title=member.name,
                url=reverse("member_profile", args=[member.pk]),
                type="member",
                cluster=cluster.title if cluster else "",
                cluster_slug=cluster.slug if cluster else "",
                country=member.country,
                locale=get_supported_content_language_variant(settings.LANGUAGE_CODE),
                date=member.updated,
                sectors=tuple(sectors.get(member.pk, ())),
                texts=(member.description,),
            )
        )
    return rows
