"""Shared test fixtures: which backing services this run has, and demo content."""

import os
import shutil

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
SERVICE_VARIABLES = {
    "postgres": "DATABASE_URL",
    "redis": "REDIS_URL",
    "broker": "CELERY_BROKER_URL",
    "search": "SEARCH_URL",
}
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def require_service(name: str) -> None:
    """Skip a test whose service this run lacks, or fail when REQUIRE_SERVICES=1."""
    if name == "chromium":
        available = bool(shutil.which(CHROMIUM_PATH))
        missing = f"Chromium not found at {CHROMIUM_PATH}"
    elif name == "postgres":
        available = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
        missing = "DATABASE_URL does not point to PostgreSQL"
    else:
        available = bool(os.environ.get(SERVICE_VARIABLES[name]))
        missing = f"{SERVICE_VARIABLES[name]} is not set"
    if available:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {missing}", pytrace=False)
    pytest.skip(f"{missing} (set it, or run `make services`)")


@pytest.fixture
def demo(db):
    """The demo content, as `make run` loads it."""
    from django.core.cache import cache
    from django.core.management import call_command

    with open(os.devnull, "w") as quiet:
        call_command("load_demo", stdout=quiet)
        # Index what the test transaction holds (its on-commit indexing never runs),
        # replacing whatever earlier tests left on a search server.
        call_command("update_index", stdout=quiet, stderr=quiet)
    cache.clear()


@pytest.fixture(autouse=True)
def mail_through_the_outbox(settings):
    """Django's test runner swaps EMAIL_BACKEND for locmem; keep the portal's outbox in the path.

    Delivery still ends in Django's locmem outbox (OUTBOX_DELIVERY_BACKEND in test settings).
    """
    settings.EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"
