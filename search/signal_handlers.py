"""Queue an update for the search server whenever an indexed object is saved or deleted."""

from typing import Any

from django.db import models
from django.db.models.signals import post_delete, post_save
from modelsearch.index import get_indexed_models
from wagtail.models import Page, PageViewRestriction

from .models import PendingIndexUpdate
from .services import queue_index_update, queue_section_update


def queue_update_on_save(sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any) -> None:
    if not raw:  # fixtures being loaded
        queue_index_update(instance, PendingIndexUpdate.Action.INDEX)


def queue_update_on_delete(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    queue_index_update(instance, PendingIndexUpdate.Action.DELETE)


def queue_section_on_restriction_change(sender: type[models.Model], instance: Any, **kwargs: Any) -> None:
    section = Page.objects.filter(pk=instance.page_id).first()
    if section is not None and not kwargs.get("raw", False):
        queue_section_update(section)


def register_signal_handlers() -> None:
    """The same models Wagtail updates automatically (see modelsearch.signal_handlers)."""
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_save.connect(queue_update_on_save, sender=model)
            post_delete.connect(queue_update_on_delete, sender=model)
    post_save.connect(queue_section_on_restriction_change, sender=PageViewRestriction)
    post_delete.connect(queue_section_on_restriction_change, sender=PageViewRestriction)
