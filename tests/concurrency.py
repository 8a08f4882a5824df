"""Many people acting at the same moment, each on a database connection of their own."""

import threading
from collections.abc import Callable, Iterable
from typing import Any

from django.db import connections

# PostgreSQL's default max_connections is 100: leave room for the test's own and the worker's.
MAX_CONNECTIONS = 40


def run_in_threads(function: Callable[[Any], Any], items: Iterable[Any], timeout: float = 300) -> list[Exception]:
    """Call `function(item)` for every item, each in its own thread, all released together.

    Returns the exceptions raised, for the test to report.
    """
    items = list(items)
    errors: list[Exception] = []
    start = threading.Barrier(len(items))
    slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def work(item: Any) -> None:
        start.wait(timeout=60)
        with slots:
            try:
                function(item)
            except Exception as error:  # noqa: BLE001 - reported by the test
                errors.append(error)
            finally:
                connections.close_all()

    threads = [threading.Thread(target=work, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return errors
