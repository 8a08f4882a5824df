"""Shared test fixtures: which backing services this run has, and demo content."""

import json
import logging
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
    elif name == "docker-compose":
        available = bool(shutil.which("docker-compose"))
        missing = "docker-compose is not installed (apt-get install docker-compose)"
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


def _serialized_connections():
    """The databases Django copied when it created them (for `django_db_serialized_rollback`)."""
    from django.db import connections

    return [connection for connection in connections.all() if hasattr(connection, "_test_serialized_contents")]


def _empty_database():
    """Delete every row, as Django does between transactional tests.

    Sequences keep counting: the rows restored from the serialized copy keep their ids, and
    new rows must not get those ids again.
    """
    from django.core.management import call_command

    for connection in _serialized_connections():
        call_command(
            "flush",
            database=connection.alias,
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )


def _restore_migrated_data():
    """Bring back the rows the migrations created, into an empty database."""
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers

    for connection in _serialized_connections():
        data = connection._test_serialized_contents
        # Content types first, under their original ids: building some objects (Wagtail's
        # workflow tasks) looks their content type up, and would otherwise create it anew.
        content_types = [row for row in json.loads(data) if row["model"] == "contenttypes.contenttype"]
        for content_type in serializers.deserialize("python", content_types, using=connection.alias):
            content_type.save()
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(data)


def reset_to_migrated_data() -> None:
    """Bring the database back to what the migrations left (after a transactional test emptied it)."""
    _empty_database()
    _restore_migrated_data()


def load_demo_content() -> None:
    from django.core.management import call_command

    with open(os.devnull, "w") as quiet:
        call_command("load_demo", stdout=quiet)
        # Replace whatever earlier runs left on a search server with this database's content.
        call_command("update_index", stdout=quiet, stderr=quiet)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database starts with the demo content, as `make run` loads it.

    Tests using `db` run first, each in a transaction rolled back at its end, so they all
    see the same content; transactional tests (which empty the database) run after them.
    """
    with django_db_blocker.unblock():
        load_demo_content()


@pytest.fixture
def demo(db):
    """The demo content; reloaded if a transactional test emptied the database."""
    from django.core.cache import cache
    from wagtail.models import Page

    from portal.models import HomePage

    if not HomePage.objects.exists():
        # A transactional test emptied the database, with the rows the migrations created
        # (Wagtail's root page, locales, sectors): the demo content cannot be rebuilt on that.
        if Page.get_first_root_node() is None:
            pytest.fail(
                "The demo content is gone: an earlier transactional test emptied the database. Read it "
                "from a `db` test, or use the browser tests' `live_demo`, which restores the migrated data.",
                pytrace=False,
            )
        load_demo_content()
    cache.clear()


@pytest.fixture(autouse=True)
def mail_through_the_outbox(settings):
    """Django's test runner swaps EMAIL_BACKEND for locmem; keep the portal's outbox in the path.

    Delivery still ends in Django's locmem outbox (OUTBOX_DELIVERY_BACKEND in test settings).
    """
    settings.EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English, whatever language an earlier request left active."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block's on-commit work (search indexing, mail) as a real commit would, then make
    the search server's index current, so a search right after sees the change."""
    from contextlib import contextmanager

    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    @contextmanager
    def block():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        get_search_backend().refresh_indexes()

    newest = Page.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield block
    forget_indexed_pages_after(newest)


def forget_indexed_pages_after(newest: int) -> None:
    """Take out of the search server's index the pages a test added (their rows are rolled back, the
    index is not), so that the next test counts only its own."""
    from django.conf import settings
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    for name in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        if hasattr(backend, "es"):
            index = backend.get_index_for_model(Page).name
            body = {"query": {"range": {"id_filter": {"gt": newest}}}, "size": 10000, "_source": False}
            new_api = backend.use_new_elasticsearch_api
            try:
                found = backend.es.search(index=index, **body) if new_api else backend.es.search(index=index, body=body)
                actions = [{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in found["hits"]["hits"]]
                if actions and new_api:
                    backend.es.bulk(operations=actions, refresh=True)
                elif actions:
                    backend.es.bulk(body=actions, refresh=True)
            except Exception as error:  # noqa: BLE001 - a server a test took away, or none at all
                logging.getLogger(__name__).info("Could not clean the index %s: %s", index, error)


@pytest.fixture
def start_celery_worker(transactional_db, settings):
    """Start a real Celery worker (its own process) on the test database, fed through the broker.

    The worker listens on a queue of its own; tasks the test sends go there instead of running
    eagerly. Call it with environment variables for the worker's settings.
    """
    import subprocess
    import sys
    import uuid
    from pathlib import Path

    from portal.celery import app

    require_service("broker")
    require_service("postgres")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    workers = []

    def start(**environment: str) -> None:
        database = settings.DATABASES["default"]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
            **environment,
        }
        command = [
            "celery",
            "-A",
            "portal",
            "worker",
            "-Q",
            queue,
            "-c",
            "1",
            "--pool",
            "solo",
            "--loglevel",
            "WARNING",
        ]
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", *command, "--without-gossip", "--without-mingle"],
                cwd=Path(__file__).parent,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
        )

    previous = (app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = os.environ["CELERY_BROKER_URL"]
    app.conf.task_default_queue = queue
    yield start
    app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue = previous
    for worker in workers:
        worker.terminate()
        output = worker.communicate(timeout=30)[0]
        if output:
            print(output.decode(errors="replace"))


@pytest.fixture
def celery_worker(start_celery_worker, tmp_path):
    """A real worker that delivers mail as files in a folder of the test's own (returned)."""
    start_celery_worker(EMAIL_FILE_PATH=str(tmp_path), EMAIL_URL="")
    return tmp_path


@pytest.fixture
def dead_broker(settings):
    """Tasks are sent to a broker where nothing listens, as when Redis is down."""
    from portal.celery import app

    previous = app.conf.task_always_eager, app.conf.broker_url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    yield
    app.conf.task_always_eager, app.conf.broker_url = previous


def wait_for(condition, seconds: float = 60) -> bool:
    """Whether `condition()` became true within `seconds` (asked five times a second)."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False
