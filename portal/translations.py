"""The rules for translated pages, in one place.

A page and its translations share a `translation_key`. State that belongs to the item rather than
to one language version (registrations, a consortium, follows, members, who manages it) hangs on
its *source*: the version first written, whatever its language. The source never changes once
written, so that state never moves when a translation is added or removed.

Readers see an item in their language where a live translation exists, otherwise as it is; mail
uses the recipient's preferred language, or `settings.LANGUAGE_CODE` when they have none.
"""

from typing import TypeVar

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models import Q as DbQ
from django.utils import translation
from wagtail.models import Locale, Page

P = TypeVar("P", bound=Page)
Q = TypeVar("Q", bound=QuerySet)


def default_language() -> str:
    """The language used where a person has none (the portal's default, from settings)."""
    return settings.LANGUAGE_CODE


def language_of(user: object) -> str:
    """The language a person reads the portal's mail in."""
    return getattr(user, "preferred_language", "") or default_language()


def source_of(page: P) -> P:
    """The version of `page` first written: the one its shared state hangs on."""
    if not page.pk or not page.translation_key:
        return page
    first = type(page).objects.filter(translation_key=page.translation_key).order_by("pk").first()
    return first or page


def sources(pages: Q) -> Q:
    """Only the source version of each item among `pages` (one row per translation key)."""
    first = pages.model.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")[:1]
    return pages.filter(pk=Subquery(first))


def in_language(page: P, language: str) -> P:
    """`page` in `language` where a live translation exists, `page` itself otherwise (as its
    specific type)."""
    if page.locale_id is not None and page.locale.language_code == language:
        return page.specific if type(page) is Page else page
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    chosen = translated if translated is not None and translated.live else page
    return chosen.specific if type(chosen) is Page else chosen


def in_reader_language(page: P) -> P:
    """`page` in the language of the current request (the active translation)."""
    return in_language(page, translation.get_language() or default_language())


def one_version_each(pages: Q, locale_id: int | None) -> Q:
    """One version of each item among `pages` (whichever of its versions they hold): the one in
    `locale_id` where the item has one, its source otherwise."""
    model = pages.model
    keys = pages.values("translation_key")
    local = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    elsewhere = model.objects.filter(translation_key__in=keys).exclude(
        translation_key__in=local.values("translation_key")
    )
    chosen = DbQ(pk__in=local.values("pk")) | DbQ(pk__in=sources(elsewhere).values("pk"))
    return model.objects.filter(chosen)
