"""What visitors search for, recorded without writing to the database during their request.

A search adds its entry (normalised query, language, number of results, time) to a buffer in the
cache: Redis when REDIS_URL is set, so every web process shares it, local memory otherwise. Each
entry gets a number from a counter (`cache.incr`, atomic on both) and is stored under its own key.
`flush_search_log` moves the buffer into `LoggedSearch` rows; the `search-log-flush` beat entry
runs it every minute and the searches report runs it before reading.

Only new searches count: the first page of results, without facet filters. Paging through results
or narrowing them down is the same search.
"""

import hashlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from .models import LoggedSearch

if TYPE_CHECKING:
    from .results import SearchPage

logger = logging.getLogger(__name__)

ENTRY_SECONDS = 14 * 24 * 3600  # an unflushed entry is dropped after two weeks
LOCK_SECONDS = 300
BATCH_SIZE = 500


def _key(name: str) -> str:
    """A key of this database's log: sites or test runs sharing a Redis keep their searches apart."""
    database = hashlib.sha256(str(connection.settings_dict["NAME"]).encode()).hexdigest()[:12]
    return f"search-log:{database}:{name}"


def _entry_key(number: int) -> str:
    return _key(f"entry:{number}")


def normalise_query(query: str) -> str:
    """The form searches are counted and promoted under: lower case, single spaces (as Wagtail's promotions)."""
    return normalise_query_string(" ".join(query.split()))


def log_search(outcome: "SearchPage", language: str) -> None:
    """Add a search to the buffer (no database access). Never raises: a lost entry must not fail a search."""
    query = normalise_query(outcome.query)
    if not query or outcome.filters or outcome.page_obj.number != 1:
        return
    try:
        number = _next_number()
        entry = [query, language, outcome.total, timezone.now().isoformat()]
        cache.set(_entry_key(number), entry, ENTRY_SECONDS)
    except Exception:  # the cache being down costs statistics, not the search
        logger.warning("Could not log the search %r", query, exc_info=True)


def _next_number() -> int:
    try:
        return cache.incr(_key("last"))
    except ValueError:  # no counter yet (or the cache lost it)
        cache.add(_key("last"), 0, timeout=None)
        return cache.incr(_key("last"))


def flush_search_log(batch_size: int = BATCH_SIZE) -> int:
    """Write the buffered searches to the database, oldest first; returns how many were written.

    One flush at a time (a lock in the cache). An entry whose number was taken but that is not in
    the cache yet (a search being logged at this very moment) is waited for until the next flush,
    then given up.
    """
    if not cache.add(_key("flushing"), timezone.now().isoformat(), LOCK_SECONDS):
        return 0
    try:
        return _flush(batch_size)
    finally:
        cache.delete(_key("flushing"))


def _flush(batch_size: int) -> int:
    last = cache.get(_key("last")) or 0
    done = cache.get(_key("flushed")) or 0
    if done > last:  # the counter was lost and restarted
        done = 0
    written = 0
    while done < last:
        numbers = list(range(done + 1, min(last, done + batch_size) + 1))
        keys = [_entry_key(number) for number in numbers]
        entries = cache.get_many(keys)
        missing = next((n for n in numbers if _entry_key(n) not in entries), None)
        if missing is not None and missing != cache.get(_key("waiting")) and last - missing < batch_size:
            # Probably being written right now: stop before it and look again next time.
            cache.set(_key("waiting"), missing, timeout=None)
            numbers = [n for n in numbers if n < missing]
            keys = keys[: len(numbers)]
            last = missing - 1
        rows = [row for row in (_row(entries[key]) for key in keys if key in entries) if row is not None]
        with transaction.atomic():
            LoggedSearch.objects.bulk_create(rows)
        if numbers:
            done = numbers[-1]
            cache.set(_key("flushed"), done, timeout=None)
            cache.delete_many(keys)
        written += len(rows)
    return written


def _row(entry: object) -> LoggedSearch | None:
    try:
        query, language, results, searched_at = entry  # type: ignore[misc]
        return LoggedSearch(
            query=str(query)[:200],
            language=str(language)[:8],
            results=max(int(results), 0),
            searched_at=datetime.fromisoformat(searched_at),
        )
    except (TypeError, ValueError):
        logger.warning("Dropping a malformed search log entry: %r", entry)
        return None
