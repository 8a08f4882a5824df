"""Titles as one types: live pages and member organisations whose title has a word starting like each
word typed.

Any word of a title counts, not only the first ("ship" suggests "Cold chain partnership"), and Arabic
words are compared without their article ("أولية" suggests "الأولية"), letter forms
normalised. Pages in the visitor's language come first, then members, then the pages of the other
languages that have no translation in it. The titles are read from the database, so suggestions are
the same whichever backend answers searches.
"""

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Locale, Page

from clusters.models import ClusterPage
from members.models import MemberOrganisation
from portal.search_fields import arabic_search_form, normalise_arabic

from .rows import page_type_of

SUGGESTIONS = 8
_WORD = re.compile(r"\w+")


def title_words(text: str) -> list[str]:
    """The words of a title or a query as compared: lower case, Arabic without article, one letter form."""
    return _WORD.findall(arabic_search_form(text).casefold())


def _spelt_words(text: str) -> list[str]:
    """The words as written, letter forms normalised: what someone typing a name begins with
    ("فالب…" for "فالبيوم", whose "فال" the article rule would take away)."""
    return _WORD.findall(normalise_arabic(text).casefold())


def _rank(title: str, typed: list[str]) -> tuple[int, int] | None:
    """How well a title matches the words typed (lower is better), None if it does not."""
    compared, spelt = title_words(title), _spelt_words(title)
    if not all(any(word.startswith(part) for word in compared + spelt) for part in typed):
        return None
    first = compared[:1] + spelt[:1]
    return (0 if any(word.startswith(typed[0]) for word in first) else 1, len(title))


def _prefiltered(titles: Any, field: str, query: str) -> Any:
    """Titles that may match: those containing the longest word typed, when it is in ASCII (other
    letters may differ in case or, in Arabic, in form: those titles are compared in Python)."""
    longest = max(_WORD.findall(query), key=len, default="")
    if not longest.isascii():
        return titles
    return titles.filter(Q(**{f"{field}__icontains": longest}))


def suggest(query: str, locale: Locale, request: HttpRequest) -> list[dict[str, Any]]:
    """Up to eight suggestions for what was typed (see the module's docstring)."""
    typed = title_words(query)
    if not typed:
        return []
    pages = _prefiltered(Page.objects.live().public().exclude(depth__lte=1), "title", query)
    found = [
        (rank, page)
        for page in pages.only("pk", "title", "locale_id", "translation_key")
        if (rank := _rank(page.title, typed))
    ]
    found.sort(key=lambda pair: pair[0])
    own = [page for _, page in found if page.locale_id == locale.pk]
    seen = {page.translation_key for page in own}
    others = []
    for _, page in found:
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            others.append(page)
    suggestions = _page_suggestions(own[:SUGGESTIONS], request)
    suggestions += _member_suggestions(query, typed, SUGGESTIONS - len(suggestions))
    suggestions += _page_suggestions(others[: SUGGESTIONS - len(suggestions)], request)
    return suggestions


def _page_suggestions(pages: Iterable[Page], request: HttpRequest) -> list[dict[str, Any]]:
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in pages])}
    return [
        {"title": page.title, "url": specific[page.pk].get_url(request) or "", "type": _page_type(specific[page.pk])}
        for page in pages
        if page.pk in specific
    ]


def _page_type(page: Page) -> str:
    """The result type of a page ("cluster", "practice"…; see search/rows.py), "page" for other pages."""
    page_type = page_type_of(ContentType.objects.get_for_id(page.content_type_id).model_class())
    return page_type.value if page_type else "page"


def _member_suggestions(query: str, typed: list[str], room: int) -> list[dict[str, Any]]:
    if room <= 0:
        return []
    live_clusters = ClusterPage.objects.live().values_list("pk", flat=True)
    members = _prefiltered(MemberOrganisation.objects.filter(cluster_id__in=live_clusters), "name", query)
    found = sorted((rank, member.name) for member in members.only("pk", "name") if (rank := _rank(member.name, typed)))
    directory = reverse("member_directory")
    return [
        {"title": name, "url": f"{directory}?{urlencode({'q': name})}", "type": "member"}
        for _rank_, name in found[:room]
    ]
