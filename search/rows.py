"""What a search result shows, and the values its facets count, for each type of content.

Each page type found by the search registers how its rows are built (`register_page_type`): a
function of the pages of that type found, read with their type's fields (and the values its rows need
from other rows, such as a proposal's status kept on its source version) in the query that reads the
pages (`with_types`), and the many-to-many fields whose slugs the rows list (sectors, themes), read
for every type in one more query (`term_slugs`); so a search makes the same few database queries
whatever the number of results and their types. Pages of a type nobody registered
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
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import CharField, F, Q, QuerySet, Value, prefetch_related_objects
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.query import PageQuerySet

from clusters.models import ClusterPage
from clusters.taxonomy import Term
from members.models import MemberOrganisation
from portal.countries import COUNTRY_CHOICES
from portal.locales import locales_by_language
from portal.page_cache import current_version
from practices.models import BestPracticePage, Theme

from .facts import Facts, FactsReader, fields_of, in_its_cluster, page_facts


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
    languages: tuple[str, ...] = ()  # the item is published in (a member: describes itself in)
    status: str = ""
    highlight: SafeString = field(default_factory=lambda: mark_safe(""))
    texts: tuple[str, ...] = field(default=(), repr=False)  # where the snippet is taken from, in order
    page_id: int | None = field(default=None, repr=False)  # of a page's row, until it is read whole

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
        self.now = timezone.now()
        # Pages in a private section (and below it), and the site asked, shared by every search.
        self.private, self.site = _private_pages(), site_for(request)
        self.languages, clusters = _site_wide(self.private)
        self.clusters_by_pk = {page.pk: page for page in clusters}
        self.clusters_by_path = {page.path: page for page in clusters}
        self._local = {page.translation_key: page for page in clusters if page.locale_id == locale.pk}
        # The visitor's version of each cluster first, another one where there is none.
        self.clusters_by_slug = {page.slug: self.local(page) for page in clusters}

    def shown_locales(self, chosen: Mapping[str, list[str]]) -> list[int]:
        """The locales an item is shown in, by preference: those chosen by the language filter, in
        order, else the visitor's."""
        codes = {code: pk for pk, code in self.languages.items()}
        return [codes[code] for code in chosen.get("language", []) if code in codes] or [self.locale.pk]

    def public_pages(self) -> PageQuerySet:
        """The live pages outside private sections."""
        return Page.objects.live().exclude(self.private)

    def language(self, page: Page) -> str:
        return self.languages.get(page.locale_id, "")

    def local(self, cluster: ClusterPage) -> ClusterPage:
        """The cluster in the visitor's language, if it is translated."""
        return self._local.get(cluster.translation_key, cluster)

    def cluster_at(self, path: str) -> ClusterPage | None:
        """The cluster of the page at `path` (its parent), in the visitor's language if translated."""
        parent = self.clusters_by_path.get(path[: -Page.steplen])
        return self.local(parent) if parent else None

    def cluster_by_pk(self, pk: int | None) -> ClusterPage | None:
        """The cluster of id `pk` (any of its versions), in the visitor's language if translated."""
        cluster = self.clusters_by_pk.get(pk) if pk is not None else None
        return self.local(cluster) if cluster else None

    def url(self, page: Page) -> str:
        """The page's URL: its path on the site asked, its full URL on another site."""
        return page.get_url(self.request, current_site=self.site) or ""


def cached_until_changed(key: str, read: Callable[[], Any]) -> Any:
    """What `read` returns, kept in the cache under `key`, which names the page-cache version: until a
    page, a private section or a site changes (see portal/page_cache.py)."""
    try:
        cached = cache.get(key)
    except Exception:  # noqa: BLE001 - without a cache, read it each time
        cached = None
    if cached is None:
        cached = read()
        try:
            cache.set(key, cached, SITE_WIDE_SECONDS)
        except Exception:
            logger.warning("Could not cache %s", key, exc_info=True)
    return cached


def _private_pages() -> Q:
    """Which pages are in a private section (see `PageQuerySet.private_q`)."""
    return cast("Q", cached_until_changed(f"search:private:{current_version()}", lambda: Page.objects.private_q()))


def site_for(request: HttpRequest | None) -> Site | None:
    """The site `request` asks for (see `Site.find_for_request`), cached until a site changes."""
    if request is None:
        return None
    host = hashlib.sha256(f"{request.get_host()}|{request.get_port()}".encode()).hexdigest()[:16]
    site = cached_until_changed(f"search:site:{current_version()}:{host}", lambda: _site(request))
    return cast("Site | None", site or None)


def _site(request: HttpRequest) -> Site | str:
    return Site.find_for_request(request) or ""  # "" is cached too: no site answers this host


def _site_wide(private: Q) -> tuple[dict[int, str], list[ClusterPage]]:
    """The language codes and the public live clusters (with their sectors): cached until a page is
    published, unpublished, moved or deleted (see portal/page_cache.py)."""
    key = f"search:site-wide:{current_version()}:{hashlib.sha256(str(private).encode()).hexdigest()[:16]}"
    return cast("tuple[dict[int, str], list[ClusterPage]]", cached_until_changed(key, lambda: _read_site_wide(private)))


def _read_site_wide(private: Q) -> tuple[dict[int, str], list[ClusterPage]]:
    languages = {locale.pk: code for code, locale in locales_by_language().items()}
    return languages, list(ClusterPage.objects.live().exclude(private).prefetch_related("sectors"))


# The pages of one type found (as the type's model, see `as_type`) → their rows by page id.
RowBuilder = Callable[[list[Any], RowContext], dict[int, Result]]


@dataclass(frozen=True)
class PageType:
    value: str  # in the URL and the API: "practice"
    model: type[Page]
    name: Promise  # one result: "Best practice"
    label: Promise  # the facet's option: "Best practices"
    rows: RowBuilder
    date_of: Callable[[Any], datetime | None] | None = None  # the date a row shows, if not the last publication
    # Many-to-many fields of the model whose slugs a row lists, and the row's field they fill:
    # (("sectors", "sectors"), ("challenges", "themes")).
    terms: tuple[tuple[str, str], ...] = ()
    # Values read with each page of the type, by attribute name: (("source_status", lambda: Subquery(…)),).
    annotations: tuple[tuple[str, Callable[[], Any]], ...] = ()
    # What its results are counted and sorted by (see search/facts.py), and the model's fields it reads.
    facts: FactsReader = page_facts
    fact_fields: tuple[str, ...] = ()

    def facts_of(self, page: Page, context: "RowContext") -> Facts:
        """The facts of a page of this type, read as its model."""
        return self.facts(fields_of(page, self.fact_fields), context)


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


def path_to(model: type[Page]) -> str:
    """How a page reaches its version as `model` (a subclass): "bestpracticepage", "a__b"."""
    names = []
    while model is not Page and model._meta.parents:
        names.append(model._meta.model_name)
        model = next(iter(model._meta.parents))
    return "__".join(reversed(names))


def with_types(pages: QuerySet) -> QuerySet:
    """`pages`, read with the fields and the annotations of their registered type in the same query (see
    `as_type`)."""
    paths = filter(None, (path_to(page_type.model) for page_type in PAGE_TYPES.values()))
    annotations = {name: value() for page_type in PAGE_TYPES.values() for name, value in page_type.annotations}
    return pages.select_related(*paths).annotate(**annotations)


def as_type(page: Page) -> Page:
    """A page read by `with_types`, as the model of its registered type (else as it is), with its
    type's annotations."""
    page_type = page_type_of(page.specific_class)
    if page_type is None or isinstance(page, page_type.model):
        return page
    typed: Any = page
    try:
        for name in path_to(page_type.model).split("__"):
            typed = getattr(typed, name)
    except ObjectDoesNotExist:
        return page
    for name, _value in page_type.annotations:
        if hasattr(page, name):
            setattr(typed, name, getattr(page, name))
    return cast("Page", typed)


def term_slugs(pages: Iterable[tuple[int, type[Page]]]) -> dict[int, dict[str, tuple[str, ...]]]:
    """The slugs of the terms of each page, given by id and model (the `terms` of its type), by the
    row field they fill, read for every type in one query."""
    ids: dict[str, list[int]] = {}
    for pk, model in pages:
        page_type = page_type_of(model)
        if page_type is not None and page_type.terms:
            ids.setdefault(page_type.value, []).append(pk)
    queries = []
    for value, pks in ids.items():
        page_type = PAGE_TYPES[value]
        for field_name, row_field in page_type.terms:
            relation: Any = page_type.model._meta.get_field(field_name)
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            through = relation.remote_field.through.objects.filter(**{f"{source}__in": pks})
            queries.append(
                through.annotate(
                    row_field=Value(row_field, output_field=CharField()), term=F(f"{target}__slug")
                ).values_list(source, "row_field", "term")
            )
    if not queries:
        return {}
    found: dict[int, dict[str, list[str]]] = {}
    for pk, row_field, slug in queries[0].union(*queries[1:], all=True):
        found.setdefault(pk, {}).setdefault(row_field, []).append(slug)
    return {pk: {name: tuple(sorted(slugs)) for name, slugs in fields.items()} for pk, fields in found.items()}


def facts_of(page: Page, context: RowContext) -> Facts:
    """What the result of a page (read as the model of its type) is counted and sorted by."""
    page_type = page_type_of(type(page))
    return page_type.facts_of(page, context) if page_type else page_facts(fields_of(page, ()), context)


def result_date(page: Page) -> datetime | None:
    """The date a page's search result shows, by which results are sorted newest first."""
    page_type = page_type_of(type(page))
    if page_type is not None and page_type.date_of is not None:
        return page_type.date_of(page)
    return page.last_published_at


def _cluster_facts(fields: Mapping[str, Any], context: RowContext) -> Facts:
    """A cluster's facts: itself, as the search read it (with its sectors)."""
    cluster = context.clusters_by_pk.get(fields["pk"])
    if cluster is None:
        return Facts(date=fields["last_published_at"])
    return Facts(cluster, cluster.country, cluster.last_published_at, sectors=tuple(cluster.sector_slugs()))


def _cluster_rows(pages: list[ClusterPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for page in pages:
        cluster = context.clusters_by_pk.get(page.pk)  # with its sectors
        if cluster is not None:
            rows[page.pk] = Result(
                title=cluster.title,
                url=context.url(cluster),
                type="cluster",
                locale=context.language(cluster),
                texts=(cluster.search_description or cluster.summary, cluster.mission, cluster.services),
            )
    return rows


def _practice_rows(practices: list[BestPracticePage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for practice in practices:
        rows[practice.pk] = Result(
            title=practice.title,
            url=context.url(practice),
            type="practice",
            locale=context.language(practice),
            texts=(
                practice.search_description or practice.summary,
                practice.context_and_problem,
                practice.approach,
                practice.results,
            ),
        )
    return rows


register_page_type(PageType("cluster", ClusterPage, _("Cluster"), _("Clusters"), _cluster_rows, facts=_cluster_facts))
register_page_type(
    PageType(
        "practice",
        BestPracticePage,
        _("Best practice"),
        _("Best practices"),
        _practice_rows,
        terms=(("sectors", "sectors"), ("themes", "themes")),
        facts=in_its_cluster,
    )
)


def other_page_row(page: Page, context: RowContext) -> Result:
    return Result(
        title=page.title,
        url=context.url(page),
        type="page",
        locale=context.language(page),
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
        local_description = getattr(member, f"description_{context.locale.language_code}", "")
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
                languages=member.description_languages(),
                # In the visitor's language where it has the words searched for, else where they are.
                texts=(local_description, member.description, member.description_fr, member.description_ar),
            )
        )
    return rows
