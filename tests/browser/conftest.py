"""Fixtures for the end-to-end tests: headless Chromium (the system's, never a browser that
Playwright downloads), driven by Playwright's sync API, against a live server over the demo content.

Tests that only read pages use `demo_site` and are marked `django_db`; tests that change the
database (signing up) use `live_demo`. Each test calls `require_service("chromium")` first.
"""

import os
from pathlib import Path

import pytest

from conftest import CHROMIUM_PATH, REQUIRE_SERVICES, load_demo_content, require_service, reset_to_migrated_data

BASE_DIR = Path(__file__).resolve().parents[2]
AXE_PATH = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)
            # Without the mark, a run of only such tests would not even create the test database.
            if "demo_site" in item.fixturenames and not item.get_closest_marker("django_db"):
                raise pytest.UsageError(f"{item.nodeid} uses demo_site: mark it django_db")


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for the tests of one module.

    Playwright's sync API leaves its asyncio event loop marked as running in this thread
    for as long as it is started, which changes how Django behaves here; the module scope
    keeps that from reaching the tests of other modules.
    """
    require_service("chromium")
    # The test database, a session fixture, is set up before: while no event loop runs.
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # With a running loop, Django keeps database connections per async context rather than
    # per thread: the fixtures would get new connection objects, without the serialized test
    # data (and, with SQLite in memory, not the one the live server shares). Keep the thread's.
    thread_connections = {alias: connections[alias] for alias in connections}
    # Django also refuses ORM calls from a thread with a running loop; the tests make them
    # synchronously, between Playwright's calls, so that refusal does not apply.
    allow_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            for alias, connection in thread_connections.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if allow_async_unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = allow_async_unsafe


@pytest.fixture(scope="module")
def baseline_database(django_db_setup, django_db_blocker):
    """Start and leave the module with the database as the migrations left it.

    Tests get that state back from the copy Django serialized when it created the test
    database (`django_db_serialized_rollback`). Other modules' transactional tests flush
    the database without restoring it, and that flush re-creates content types and
    permissions under new ids, on which a restore fails: so reset the database first
    (module fixtures are set up before a test's own database fixtures), and again at the end.
    """
    with django_db_blocker.unblock():
        reset_to_migrated_data()
    yield
    with django_db_blocker.unblock():
        reset_to_migrated_data()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """A live server over the demo content, for tests that only read it.

    Mark those tests `django_db`: they then run with the other `db` tests, before the
    transactional ones empty the database, on the demo content the test database starts
    with (see `django_db_setup` in the root conftest), each in a transaction rolled back at
    its end. Tests that change the database use `live_demo` instead.
    """
    from django.core.cache import cache
    from pytest_django.live_server_helper import LiveServer

    from portal.models import HomePage

    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            load_demo_content()
    cache.clear()
    server = LiveServer(os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"))
    yield server
    server.stop()
    cache.clear()


@pytest.fixture
def live_demo(baseline_database, live_server, transactional_db, django_db_serialized_rollback):
    """The demo content and a live server, for a test that changes the database.

    The server answers from another thread, so the test's changes must be committed: the
    database is flushed after the test, and the serialized rollback brings back what the
    migrations created (Wagtail's root page, the default locale) before the next one.
    """
    from django.core.cache import cache

    load_demo_content()
    cache.clear()
    yield live_server
    cache.clear()


def _new_context(browser, **options):
    context = browser.new_context(locale="en-GB", **options)
    context.set_default_timeout(TIMEOUT_MS)
    return context


class ConsoleErrors(list):
    """Console errors and uncaught exceptions seen by a page, as text."""

    def watch(self, page):
        page.on("console", lambda message: message.type == "error" and self.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.append(f"pageerror: {error}"))
        return page


@pytest.fixture
def new_context(browser):
    """Open extra, independent browser contexts (separate cookies: another visitor)."""
    contexts = []

    def factory(**options):
        contexts.append(_new_context(browser, **options))
        return contexts[-1]

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture
def console_errors():
    return ConsoleErrors()


@pytest.fixture
def page(new_context, console_errors):
    """A page in a fresh context, with its console errors collected in `console_errors`."""
    return console_errors.watch(new_context().new_page())


@pytest.fixture(scope="session")
def axe_source():
    """axe-core's script, installed from package-lock.json by `npm ci`."""
    if not AXE_PATH.exists():
        missing = f"{AXE_PATH.relative_to(BASE_DIR)} is missing; run `npm ci` at the repository root"
        if REQUIRE_SERVICES:
            pytest.fail(f"REQUIRE_SERVICES=1 but {missing}", pytrace=False)
        pytest.skip(missing)
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def axe_page(new_context, console_errors):
    """A page whose context ignores the site's Content-Security-Policy, so axe-core can be injected.

    The policy (`script-src 'self'`) would block the inline script tag otherwise; only
    the accessibility tests use this context, the other tests see the real policy.
    """
    return console_errors.watch(new_context(bypass_csp=True).new_page())
