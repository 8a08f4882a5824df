"""Translations that are out of date: their source's text changed after they were last updated.

Publishing the version a page's translations are made from (its source, `portal.translations`)
with other text than it last had marks each translation out of date; publishing a translation
(by its translators, not the copy of shared facts from `portal.synchronised_fields`) clears its
mark. The text compared is what translators translate: the page's title, its translatable fields
and the text of its inline items (key figures, partner profiles…); not its slug, nor its facts.
"""

import hashlib
import json
from typing import Any

from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from .synchronised_fields import is_synchronising
from .translation_records import OutdatedTranslation, SourceText
from .translations import source_of

NOT_TEXT = (models.URLField, models.EmailField, models.SlugField)


def _is_text(field: Any) -> bool:
    return (
        isinstance(field, RichTextField | StreamField | models.TextField | models.CharField)
        and not isinstance(field, NOT_TEXT)
        and not getattr(field, "choices", None)
    )


def _text_of(instance: models.Model) -> dict[str, str]:
    return {field.name: field.value_to_string(instance) for field in instance._meta.concrete_fields if _is_text(field)}


def page_text(page: Page) -> dict[str, Any]:
    """The text of `page` its translators translate, by field."""
    text: dict[str, Any] = {}
    for field in get_translatable_fields(type(page)):
        model_field = page._meta.get_field(field.field_name)
        if isinstance(field, TranslatableField) and field.field_name != "slug" and _is_text(model_field):
            text[field.field_name] = model_field.value_to_string(page)
    for relation in get_all_child_relations(page):
        children = getattr(page, relation.get_accessor_name()).all()
        text[relation.name] = [_text_of(child) for child in children]
    return text


def fingerprint(page: Page) -> str:
    return hashlib.sha256(json.dumps(page_text(page), sort_keys=True).encode()).hexdigest()


@transaction.atomic
def record_published_text(page: Page) -> None:
    """After `page` was published: mark its translations when its source text changed, or clear
    its own mark when it is a translation that was updated."""
    page = page.specific
    source = source_of(page)
    if source.pk != page.pk:
        if not is_synchronising():
            OutdatedTranslation.objects.filter(page=page).delete()
        return
    now = timezone.now()
    current = fingerprint(page)
    known = SourceText.objects.select_for_update().filter(page=page).first()
    if known is None:  # first seen: nothing to compare with yet
        SourceText.objects.create(page=page, fingerprint=current, changed_at=now)
        return
    if known.fingerprint == current:
        return
    known.fingerprint, known.changed_at = current, now
    known.save(update_fields=["fingerprint", "changed_at"])
    for translation in page.get_translations().filter(alias_of__isnull=True):
        OutdatedTranslation.objects.update_or_create(page=translation, defaults={"source": page, "since": now})


def track_published_text(sender: type[Page], instance: Page, **kwargs: Any) -> None:
    """Connected to `page_published`."""
    if not kwargs.get("alias"):
        record_published_text(instance)


def outdated_translations(pages: QuerySet[Page] | None = None) -> QuerySet[OutdatedTranslation]:
    """The translations out of date (among `pages`), with their page and source."""
    outdated = OutdatedTranslation.objects.select_related("page", "page__locale", "source", "source__locale")
    return outdated if pages is None else outdated.filter(page__in=pages)


def outdated_translation(page: Page) -> OutdatedTranslation | None:
    """The mark on `page`, when it is a translation out of date."""
    return outdated_translations().filter(page_id=page.pk).first()
