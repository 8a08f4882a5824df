"""A search server that tests can take away and bring back, through a local TCP proxy."""

import copy
import os
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from conftest import require_service
from search.services import SearchOutcome

from .proxy import TcpProxy
from .relevance import SCORES


def backends_with_server_at(url: str, *, timeout: float = 3) -> dict:
    """WAGTAILSEARCH_BACKENDS as the settings build them for a search server, with the server at `url`.

    Without a configured server (embedded defaults) the "default" backend is an OpenSearch backend
    that nothing answers, beside the database backend holding the demo content.
    """
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    else:
        backends = {
            "default": {
                "BACKEND": "wagtail.search.backends.opensearch3",
                "INDEX_PREFIX": "medclusters_unreachable_",
                "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
                "AUTO_UPDATE": False,
            },
            "database": {"BACKEND": "wagtail.search.backends.database"},
        }
    backends["default"].update(URLS=[url], TIMEOUT=timeout)
    return backends


@pytest.fixture
def search_proxy(settings):
    """The search server behind a proxy that starts stopped: `forward()` needs the real server
    (`require_service("search")`), `hang()` and `stop()` work on every configuration."""
    target = None
    if os.environ.get("SEARCH_URL"):
        url = urlsplit(os.environ["SEARCH_URL"])
        target = (url.hostname or "127.0.0.1", url.port or 9200)
    proxy = TcpProxy(target)
    settings.WAGTAILSEARCH_BACKENDS = backends_with_server_at(proxy.url)
    yield proxy
    proxy.stop()


def searcher_on(backend: str):
    """A searcher for `search_portal` that asks one backend only, without falling back."""

    def search(queryset, query, *, operator=None):
        return SearchOutcome(list(queryset.search(query, operator=operator, backend=backend)), reduced_mode=False)

    search.backend = backend  # type: ignore[attr-defined]
    return search


def backend_name(kind: str) -> str:
    """The backend holding the database's index ("database") or the search server's ("server")."""
    if kind == "server":
        require_service("search")
        return "default"
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


@pytest.fixture(params=["database", "server"])
def searcher(request):
    """`search_portal`'s searcher on each backend in turn: the database's, then the search server's."""
    return searcher_on(backend_name(request.param))


def pytest_terminal_summary(terminalreporter):
    """The relevance test set's scores, one line per backend measured (see test_relevance.py)."""
    for backend, (precision, count, missed) in SCORES.items():
        terminalreporter.write_line(f"precision@3 {backend}: {precision:.2f} ({count} queries)")
        for line in missed:
            terminalreporter.write_line(f"  missed: {line}")
