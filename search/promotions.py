"""Results editors promote for a query (Wagtail's search promotions), in the searcher's language.

Editors manage them under Settings → Promoted search results in the admin. A promoted page is shown
in its translation into the searched language when that translation is live and public, else as
chosen when it is live and public itself; an external link is shown as entered. Everything is read
in one query, whatever the number of promotions, and kept in the cache until a promotion or a page
changes.
"""

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.lookups import StartsWith
from django.http import HttpRequest
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction, Site

from portal.page_cache import current_version

from .querylog import normalise_query
from .rows import cached_until_changed, site_for

if TYPE_CHECKING:
    from .results import SearchPage


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "description": self.description}


def _restricted(path: OuterRef) -> Exists:
    """Whether the page at `path` is in a private section (itself or an ancestor has a view restriction)."""
    return Exists(PageViewRestriction.objects.filter(StartsWith(path, F("page__path"))))


def _promotions(query: str, locale: Locale) -> QuerySet[SearchPromotion]:
    translation = Page.objects.filter(
        translation_key=OuterRef("page__translation_key"), locale=locale, live=True
    ).exclude(_restricted(OuterRef("path")))
    return (
        SearchPromotion.objects.filter(query__query_string=query)
        .filter(Q(page__isnull=True) | Q(page__live=True))
        .select_related("page")
        .annotate(
            page_restricted=_restricted(OuterRef("page__path")),
            translated_id=Subquery(translation.values("pk")[:1]),
            translated_title=Subquery(translation.values("title")[:1]),
            translated_url_path=Subquery(translation.values("url_path")[:1]),
            translated_description=Subquery(translation.values("search_description")[:1]),
        )
        .order_by("sort_order", "pk")
    )


def promoted_results(query: str, locale: Locale, request: HttpRequest | None = None) -> list[Promotion]:
    """The promotions for `query` (normalised as promotions are stored), in the order editors gave them;
    cached until a promotion, a page or the site changes."""
    query = normalise_query(query)
    if not query:
        return []
    site = site_for(request)
    key = f"search:promoted:{current_version()}:{locale.pk}:{site.pk if site else ''}:{_digest(query)}"
    return cast("list[Promotion]", cached_until_changed(key, lambda: _promoted(query, locale, request, site)))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _promoted(query: str, locale: Locale, request: HttpRequest | None, site: Site | None) -> list[Promotion]:
    found = []
    for promotion in _promotions(query, locale):
        if promotion.page is None:
            if promotion.external_link_url:
                title = promotion.external_link_text or promotion.external_link_url
                found.append(Promotion(title, promotion.external_link_url, promotion.description))
            continue
        if promotion.translated_id is not None:
            page = Page(
                id=promotion.translated_id,
                title=promotion.translated_title,
                url_path=promotion.translated_url_path,
                search_description=promotion.translated_description,
            )
        elif not promotion.page_restricted:
            page = promotion.page
        else:
            continue
        url = page.get_url(request, current_site=site)
        if url:
            found.append(Promotion(page.title, url, promotion.description or page.search_description))
    return found


def promoted_json(outcome: "SearchPage", locale: Locale, request: HttpRequest) -> list[dict[str, Any]]:
    """The API's `promoted` list: on the first page of a search only, as on the search page."""
    if outcome.page_obj.number != 1:
        return []
    return [promotion.as_json() for promotion in promoted_results(outcome.query, locale, request)]
