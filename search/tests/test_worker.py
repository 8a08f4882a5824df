"""A real Celery worker, fed through Redis, retries the queue until the search server is back."""

import time

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.documents.models import Document
from wagtail.models import Collection
from wagtail.search.backends import get_search_backend

from conftest import require_service, wait_for
from search.models import PendingIndexUpdate


@pytest.fixture
def search_worker(start_celery_worker, search_proxy, settings):
    """A worker whose search server is the proxy."""
    require_service("search")
    ContentType.objects.clear_cache()  # an earlier flush re-created the content types under new ids
    start_celery_worker(
        SEARCH_URL=search_proxy.url,
        SEARCH_INDEX=settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"].rstrip("_"),
    )
    return search_proxy


def found_documents(word: str) -> list[int]:
    get_search_backend("default").refresh_indexes()
    return [document.pk for document in Document.objects.search(word, backend="default")]


def test_the_worker_retries_an_update_until_the_server_is_back(search_worker):
    """Other transactional tests may have emptied the database, so this one brings its own document."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    search_worker.forward()
    document = Document.objects.create(title="Quasicrystal handbook", file="documents/handbook.pdf", collection=root)
    rows = PendingIndexUpdate.objects.filter(object_id=str(document.pk))
    assert wait_for(lambda: not rows.exists(), 30), "the worker never applied the update"

    search_worker.stop()
    document.title = "Icosahedral quasicrystal handbook"
    started = time.monotonic()
    document.save()  # one save, so one task: only its retry can apply the change
    assert time.monotonic() - started < 2
    assert wait_for(lambda: rows.filter(attempts__gte=1).exists(), 30), "the worker never tried"

    search_worker.forward()  # the retry, 15 s after the failure, finds the server back
    assert wait_for(lambda: not rows.exists(), 45), "the retry never applied the update"
    assert found_documents("icosahedral") == [document.pk]
