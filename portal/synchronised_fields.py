"""Facts that are the same in every language version of a page, whichever version was edited.

A page model names its facts (dates, figures, status, coordinates, choices, links to pages, images
and terms) in `override_translatable_fields`, as wagtail-localize's `SynchronizedField`s that
translators cannot override. Publishing any language version copies those fields to the other
versions: a live version gets a new revision, published; a version with unpublished changes also
gets them on its draft, which stays a draft; a version never published gets a new draft.

A link to a page becomes a link to that page's translation in the version's language, where one
exists. Text is never copied: it is what each language version translates.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models, transaction
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

_synchronising: ContextVar[bool] = ContextVar("synchronising_translations", default=False)


def synchronised(*names: str) -> list[SynchronizedField]:
    """The `override_translatable_fields` of a page model whose facts are these fields."""
    return [SynchronizedField(name, overridable=False) for name in names]


class KeptPerLanguage(BaseTranslatableField):
    """Inline items holding text (key figures and their labels…) that each language version keeps
    as its editors wrote them: wagtail-localize would otherwise copy the source's over them when it
    syncs translations (it translates only inline items that are translatable models)."""

    def __repr__(self) -> str:
        return f"<KeptPerLanguage {self.field_name}>"


def kept_per_language(*names: str) -> list[KeptPerLanguage]:
    """`override_translatable_fields` entries for inline items each language version keeps."""
    return [KeptPerLanguage(name) for name in names]


def synchronised_field_names(model: type[Page]) -> list[str]:
    """The fields of `model` that every language version shares."""
    overrides = getattr(model, "override_translatable_fields", [])
    return [field.field_name for field in overrides if isinstance(field, SynchronizedField)]


def is_synchronising() -> bool:
    """Whether the pages being published now are the copies made by `synchronise_translations`."""
    return _synchronising.get()


@contextmanager
def _copying() -> Iterator[None]:
    token = _synchronising.set(True)
    try:
        yield
    finally:
        _synchronising.reset(token)


def _in_locale(page: Page | None, locale_id: int) -> Page | None:
    """`page` in the given locale, where it has a translation there; `page` itself otherwise."""
    if page is None or page.locale_id == locale_id:
        return page
    translated = Page.objects.filter(translation_key=page.translation_key, locale_id=locale_id).first()
    return translated.specific if translated is not None else page


def _value_for(source: Page, field: models.Field, locale_id: int) -> Any:
    """The value of `field` on `source`, as the version in `locale_id` must hold it."""
    if isinstance(field, ParentalManyToManyField):
        values = list(getattr(source, field.name).all())
        if issubclass(field.related_model, Page):
            values = [_in_locale(value, locale_id) for value in values]
        return sorted(values, key=lambda value: value.pk)
    if isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page):
        linked = _in_locale(getattr(source, field.name), locale_id)
        return linked.pk if linked is not None else None
    return getattr(source, field.attname)


def copy_synchronised_fields(source: Page, target: Page) -> bool:
    """Set `target`'s shared fields to `source`'s; whether any of them changed."""
    changed = False
    for name in synchronised_field_names(type(source)):
        field = source._meta.get_field(name)
        value = _value_for(source, field, target.locale_id)
        if isinstance(field, ParentalManyToManyField):
            if sorted(getattr(target, name).all(), key=lambda item: item.pk) != value:
                setattr(target, name, value)
                changed = True
        elif getattr(target, field.attname) != value:
            setattr(target, field.attname, value)
            changed = True
    return changed


def _update(version: Page, source: Page, user: Any) -> bool:
    """Give one language version the shared fields of `source`; whether it changed."""
    draft = version.get_latest_revision_as_object() if version.has_unpublished_changes else None
    changed = False
    if version.live and copy_synchronised_fields(source, version):
        version.save_revision(user=user, clean=False).publish(user=user, skip_permission_checks=True)
        changed = True
    if draft is not None and copy_synchronised_fields(source, draft):
        draft.save_revision(user=user, clean=False)
        changed = True
    return changed


@transaction.atomic
def synchronise_translations(page: Page, user: Any = None) -> list[Page]:
    """Copy the shared fields of `page` to its other language versions; the versions that changed."""
    page = page.specific
    if not synchronised_field_names(type(page)):
        return []
    versions = (
        type(page)
        .objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .order_by("pk")
    )
    with _copying():
        return [version for version in versions.select_for_update() if _update(version, page, user)]


def synchronise_on_publish(sender: type[Page], instance: Page, revision: Any = None, **kwargs: Any) -> None:
    """Connected to `page_published`: the published version's facts reach its other versions."""
    if is_synchronising() or kwargs.get("alias"):
        return
    synchronise_translations(instance, getattr(revision, "user", None))
