"""Keep the search server current without making anyone wait for it, and search the database
while it is unreachable.

With a search server configured (see WAGTAILSEARCH_BACKENDS in the settings) there are two
backends. Wagtail keeps the "database" backend current itself, in the same transaction as each
change. It leaves the server ("default", AUTO_UPDATE False) alone: each change to an indexed object
queues a `PendingIndexUpdate` row in the same transaction, and a Celery task sends the queue to the
server after the commit, retrying while the server is down.

Searches ask the server unless it failed in the last `SERVER_DOWN_SECONDS`; meanwhile they are
answered by the database backend, in "reduced mode".
"""

import hashlib
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from operator import or_
from typing import Any, Protocol, cast

import elastic_transport
import opensearchpy
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from modelsearch.index import get_indexed_instance
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import SearchQuery

from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

SERVER_BACKEND = "default"
DATABASE_BACKEND = "database"
SERVER_DOWN_SECONDS = 30
HOLD_MAX_SECONDS = 6 * 3600
BATCH_SIZE = 100

UNREACHABLE_ERRORS: tuple[type[Exception], ...] = (
    opensearchpy.ConnectionError,  # includes ConnectionTimeout
    elastic_transport.ConnectionError,
    elastic_transport.ConnectionTimeout,
    ConnectionError,
    TimeoutError,
)


class SearchServerUnavailable(Exception):
    """The search server did not answer: refused, timed out, or failing."""


class Searchable(Protocol):
    def search(self, query: "str | SearchQuery", *, operator: str | None, backend: str) -> Iterable[Any]: ...


@dataclass(frozen=True)
class SearchOutcome:
    results: list[Any]
    reduced_mode: bool  # answered by the database backend because the server is unreachable


def _backend_settings() -> dict[str, dict[str, Any]]:
    return cast("dict[str, dict[str, Any]]", settings.WAGTAILSEARCH_BACKENDS)


def has_database_fallback() -> bool:
    return DATABASE_BACKEND in _backend_settings()


# Availability: remembered in the cache, so one failed request spares the next ones the wait.


def _cache_key(name: str) -> str:
    """A key of this search server and index prefix: sites or test runs sharing a cache keep apart."""
    params = _backend_settings().get(SERVER_BACKEND, {})
    server = repr((params.get("URLS"), params.get("HOSTS"), params.get("INDEX_PREFIX")))
    return f"search:{name}:{hashlib.sha256(server.encode()).hexdigest()[:16]}"


def means_server_unavailable(error: BaseException) -> bool:
    if isinstance(error, UNREACHABLE_ERRORS):
        return True
    status = getattr(error, "status_code", None)
    return isinstance(status, int) and status >= 500


def search_server_marked_down() -> bool:
    try:
        return cache.get(_cache_key("server-down")) is not None
    except Exception:  # noqa: BLE001 - a failing cache must not take search down with it
        return False


def mark_search_server_down(error: BaseException) -> None:
    logger.warning("Search server unavailable (%s: %s); using the database backend", type(error).__name__, error)
    try:
        cache.set(_cache_key("server-down"), type(error).__name__, SERVER_DOWN_SECONDS)
    except Exception:  # without a cache, every search tries the server again
        logger.warning("Could not remember that the search server is down", exc_info=True)


def mark_search_server_up() -> None:
    try:
        cache.delete(_cache_key("server-down"))
    except Exception:  # the mark expires by itself
        logger.warning("Could not clear the search server's down mark", exc_info=True)


def search_backend_for_query() -> str:
    """The backend a search should ask: the server, or the database while the server is marked down."""
    if has_database_fallback() and search_server_marked_down():
        return DATABASE_BACKEND
    return SERVER_BACKEND


def search_with_fallback(
    queryset: Searchable, query: "str | SearchQuery", *, operator: str | None = "and"
) -> SearchOutcome:
    """Search the server; if it fails, mark it down and answer from the database backend.

    Without a search server configured, "default" is the database backend and errors propagate.
    """
    backend = search_backend_for_query()
    if backend == SERVER_BACKEND:
        try:
            return SearchOutcome(list(queryset.search(query, operator=operator, backend=backend)), reduced_mode=False)
        except Exception as error:
            if not has_database_fallback():
                raise
            if means_server_unavailable(error):
                mark_search_server_down(error)
            else:
                logger.exception("The search server failed on %r; answering from the database", query)
    results = list(queryset.search(query, operator=operator, backend=DATABASE_BACKEND))
    return SearchOutcome(results, reduced_mode=True)


# The queue of updates for the search server.


def queued_backend_names() -> list[str]:
    """Backends Wagtail does not update itself (AUTO_UPDATE False): the queue keeps them current."""
    return [name for name, params in _backend_settings().items() if params.get("AUTO_UPDATE", True) is False]


def queue_index_update(instance: models.Model, action: PendingIndexUpdate.Action) -> None:
    """Record, in the current transaction, that the server's copy of an object is out of date, and for
    a page the copies of the other versions of its item, which hold its text (see
    search/backends/item_documents.py).

    The queue is sent to the server once the transaction commits.
    """
    if not queued_backend_names():
        return
    now = timezone.now()
    row = PendingIndexUpdate(
        content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk), action=action
    )
    versions = Page.objects.none()
    if isinstance(instance, Page):
        versions = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    _queue([row, *_index_rows(versions)], now)


def queue_section_update(section: Page) -> None:
    """Queue every version of the items in `section` (the page and the pages below it), whose
    documents hold each other's words unless they are private: the section was made private or public."""
    if not queued_backend_names():
        return
    keys = Page.objects.filter(path__startswith=section.path).values("translation_key")
    _queue(_index_rows(Page.objects.filter(translation_key__in=keys)), timezone.now())


def _index_rows(pages: models.QuerySet) -> list[PendingIndexUpdate]:
    return [
        PendingIndexUpdate(content_type_id=content_type_id, object_id=str(pk), action=PendingIndexUpdate.Action.INDEX)
        for pk, content_type_id in pages.values_list("pk", "content_type_id")
    ]


def _queue(rows: list[PendingIndexUpdate], now: datetime) -> None:
    """Write the rows (an object already queued takes the new action and time), and send the queue
    once the transaction commits."""
    for row in rows:
        row.queued_at = now
    PendingIndexUpdate.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["content_type", "object_id"], update_fields=["action", "queued_at"]
    )
    transaction.on_commit(schedule_index_updates)


def schedule_index_updates() -> None:
    """Hand the queue to Celery; if the server is known to be down, or the broker is unreachable,
    the periodic catch-up applies it later."""
    from .tasks import apply_pending_index_updates  # here: the tasks module imports this one

    if search_server_marked_down():
        logger.info("Search server marked down; index updates wait for the catch-up")
        return
    try:
        apply_pending_index_updates.apply_async(retry=False)
    except Exception:
        logger.warning("Broker unavailable; index updates wait for the catch-up", exc_info=True)


def index_updates_held() -> bool:
    try:
        return cache.get(_cache_key("updates-held")) is not None
    except Exception:  # noqa: BLE001 - without a cache, updates are applied at once
        return False


@contextmanager
def hold_index_updates() -> Iterator[None]:
    """Leave queued updates queued for the duration of the block (a rebuild into a new index).

    The hold lives in the cache, so it reaches workers when the cache is shared (Redis).
    """
    cache.set(_cache_key("updates-held"), timezone.now().isoformat(), HOLD_MAX_SECONDS)
    try:
        yield
    finally:
        cache.delete(_cache_key("updates-held"))


def apply_pending_index_updates(batch_size: int = BATCH_SIZE) -> int:
    """Send the queued updates to the search server, oldest first; returns how many were applied.

    Each object's current state is read when it is sent, so applying a row twice is harmless. A
    row is deleted only if it did not change meanwhile: an edit made while it was being sent stays
    queued. Raises `SearchServerUnavailable`, leaving the rest queued, when the server does not
    answer. Does nothing while updates are held.
    """
    backends = [get_search_backend(name) for name in queued_backend_names()]
    applied = 0
    last_pk = 0
    while backends and not index_updates_held():
        batch = list(
            PendingIndexUpdate.objects.filter(pk__gt=last_pk).select_related("content_type").order_by("pk")[:batch_size]
        )
        if not batch:
            break
        last_pk = batch[-1].pk
        applied += _apply_batch(backends, batch)
    if applied:
        mark_search_server_up()
    return applied


def _apply_batch(backends: list[Any], batch: list[PendingIndexUpdate]) -> int:
    applied = 0
    for model, rows in _group_by_model(batch).items():
        if model is not None:  # else the model is gone, and its index with it
            try:
                _send(backends, model, rows)
            except Exception as error:
                _record_failure(rows, error)
                if means_server_unavailable(error):
                    mark_search_server_down(error)
                    raise SearchServerUnavailable(f"{type(error).__name__}: {error}") from error
                logger.exception("Could not update %s objects on the search server", model._meta.label)
                continue
        _forget(rows)
        applied += len(rows)
    return applied


def _group_by_model(batch: list[PendingIndexUpdate]) -> dict[type[models.Model] | None, list[PendingIndexUpdate]]:
    groups: dict[type[models.Model] | None, list[PendingIndexUpdate]] = {}
    for row in batch:
        groups.setdefault(row.content_type.model_class(), []).append(row)
    return groups


def _send(backends: list[Any], model: type[models.Model], rows: list[PendingIndexUpdate]) -> None:
    """Index the objects that exist and are indexable, delete the others."""
    to_index: dict[type[models.Model], list[models.Model]] = {}
    indexed_ids = set()
    wanted = [row.object_id for row in rows if row.action == PendingIndexUpdate.Action.INDEX]
    for obj in model._default_manager.filter(pk__in=wanted):
        indexed = get_indexed_instance(obj)
        if indexed is not None:
            to_index.setdefault(type(indexed), []).append(indexed)
            indexed_ids.add(str(obj.pk))
    to_delete = [model(pk=row.object_id) for row in rows if row.object_id not in indexed_ids]
    for backend in backends:
        for indexed_model, objects in to_index.items():
            backend.add_bulk(indexed_model, objects)
        for obj in to_delete:
            backend.delete(obj)


def _forget(rows: list[PendingIndexUpdate]) -> None:
    unchanged = reduce(or_, (Q(pk=row.pk, queued_at=row.queued_at) for row in rows))
    PendingIndexUpdate.objects.filter(unchanged).delete()


def _record_failure(rows: list[PendingIndexUpdate], error: Exception) -> None:
    PendingIndexUpdate.objects.filter(pk__in=[row.pk for row in rows]).update(
        attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:2000]
    )
