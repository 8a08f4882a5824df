"""Count the SQL queries of portal pages for an anonymous visitor, uncached then from the page cache.

Runs against the configured database (the demo content must be loaded) through Django's
test client. Each path is first requested once so that per-process caches (content types)
are warm, as they are in a running worker; then the page cache is made stale, as publishing
does, and the page requested twice. Prints one parseable line per path:

    QUERIES path=/en/ uncached=<n> cached=<n> cache=<miss|...>/<hit|...> cold_process=<n>

`uncached` is a page-cache miss in a warm worker (what follows a publish), `cached` a hit,
`cold_process` the very first request of the process (only for the first path).

Usage: python bench/query_counts.py [--sql] [PATH ...]   (default paths: the home, a cluster, the events, an event)
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

DEFAULT_PATHS = [
    "/en/",
    "/en/clusters/ce3m/",
    "/en/events/",
    "/en/events/techdays-casablanca/",
    "/en/search/?q=cluster",
    "/api/search/?q=cluster",
]


def main(argv: list[str]) -> int:
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from portal.page_cache import invalidate_page_cache

    setup_test_environment()  # lets the test client's host through ALLOWED_HOSTS
    show_sql = "--sql" in argv
    paths = [arg for arg in argv if not arg.startswith("--")] or DEFAULT_PATHS
    client = Client()
    failed = False
    for number, path in enumerate(paths):
        cache.clear()
        with CaptureQueriesContext(connection) as warm_up:
            client.get(path)
        invalidate_page_cache()
        runs = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            runs.append((response, queries))
        (first, uncached), (second, cached) = runs
        if first.status_code != 200:
            print(f"{path}: HTTP {first.status_code}", file=sys.stderr)
            failed = True
        print(
            f"QUERIES path={path} uncached={len(uncached)} cached={len(cached)} "
            f"cache={first.headers.get('X-Page-Cache', '-')}/{second.headers.get('X-Page-Cache', '-')}"
            + (f" cold_process={len(warm_up)}" if number == 0 else "")
        )
        if show_sql:
            for number, query in enumerate(uncached.captured_queries, 1):
                print(f"  {number:2}. {query['sql']}")
    cache.clear()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
