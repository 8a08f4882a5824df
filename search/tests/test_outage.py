"""Search stays up when the search server goes down.

The server is reached through a proxy (see conftest.py) that the tests stop, hang and restart.
Publishing and searching never wait for it, and what changed meanwhile reaches it once it is back.
"""

import time
from unittest import mock

from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from conftest import require_service
from search import services, tasks
from search.models import PendingIndexUpdate
from tests.factories import make_cluster

from .conftest import backends_with_server_at

REDUCED_MODE = "Search is running in a reduced mode; results may be less relevant."


def pending_actions(page: Page) -> set[str]:
    return set(PendingIndexUpdate.objects.filter(object_id=str(page.pk)).values_list("action", flat=True))


def on_server(page: Page) -> bool:
    """Whether the search server holds a document for the page."""
    backend = get_search_backend("default")
    return backend.es.exists(index=backend.get_index_for_model(Page).name, id=str(page.pk))


def found_on_server(word: str) -> list[int]:
    get_search_backend("default").refresh_indexes()
    return [page.pk for page in Page.objects.live().search(word, backend="default")]


def timed_search(client, query: str) -> tuple[float, BeautifulSoup]:
    started = time.monotonic()
    response = client.get("/en/search/", {"q": query})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    return elapsed, BeautifulSoup(response.content, "html.parser")


def result_titles(page: BeautifulSoup) -> list[str]:
    return [link.get_text(strip=True) for link in page.select(".search-results h2 a")]


def test_publishing_while_the_server_is_stopped_is_quick_and_queues_the_update(
    demo, search_proxy, django_capture_on_commit_callbacks
):
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):  # the task runs eagerly, inside the request
        page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    elapsed = time.monotonic() - started

    assert elapsed < 2, f"publishing took {elapsed:.2f} s"
    row = PendingIndexUpdate.objects.get(object_id=str(page.pk))
    assert row.action == PendingIndexUpdate.Action.INDEX
    assert row.attempts == 1
    assert row.last_error.startswith("ConnectionError")
    assert services.search_server_marked_down()


def test_publishing_hands_the_update_to_celery_without_calling_a_hung_server(
    demo, search_proxy, django_capture_on_commit_callbacks
):
    """A hung server would hold a request for its whole timeout: the request must not call it."""
    search_proxy.hang()
    with mock.patch.object(tasks.apply_pending_index_updates, "apply_async") as send:
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True):
            page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
        elapsed = time.monotonic() - started

    assert elapsed < 2, f"publishing took {elapsed:.2f} s"
    assert send.call_count >= 1
    assert all(call.kwargs == {"retry": False} for call in send.call_args_list)
    assert pending_actions(page) == {"index"}


def test_searching_while_the_server_is_stopped_answers_from_the_database_with_a_notice(client, demo, search_proxy):
    elapsed, page = timed_search(client, "prototyping")

    assert elapsed < 2, f"searching took {elapsed:.2f} s"
    assert "CE3M" in result_titles(page)
    assert page.select_one(".search-mode").get_text(strip=True) == REDUCED_MODE


def test_after_one_search_times_out_the_next_ones_do_not_wait(client, demo, search_proxy, settings):
    settings.WAGTAILSEARCH_BACKENDS = backends_with_server_at(search_proxy.url, timeout=1)
    search_proxy.hang()

    first, first_page = timed_search(client, "prototyping")
    second, second_page = timed_search(client, "prototyping")

    assert first >= 0.9, "the first search should have waited for the server's timeout"
    assert second < 0.5, f"the second search took {second:.2f} s"
    for page in (first_page, second_page):
        assert "CE3M" in result_titles(page)
        assert page.select_one(".search-mode") is not None


def test_with_the_server_up_search_uses_it_and_shows_no_notice(client, demo, search_proxy):
    require_service("search")
    search_proxy.forward()
    with mock.patch.object(services, "DATABASE_BACKEND", "no-such-backend"):  # the server must answer
        _, page = timed_search(client, "prototyping")
    assert "CE3M" in result_titles(page)
    assert page.select_one(".search-mode") is None


def test_a_page_published_while_the_server_was_down_is_found_once_it_is_back(
    client, demo, search_proxy, django_capture_on_commit_callbacks
):
    require_service("search")
    with django_capture_on_commit_callbacks(execute=True):
        page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    _, meanwhile = timed_search(client, "quasicrystal")
    assert result_titles(meanwhile) == ["ZEPHYR"]  # the database backend has it already
    assert meanwhile.select_one(".search-mode") is not None

    search_proxy.forward()
    assert tasks.catch_up_search_index.delay().get() >= 1

    assert pending_actions(page) == set()
    assert on_server(page)
    assert found_on_server("quasicrystal") == [page.pk]
    _, afterwards = timed_search(client, "quasicrystal")
    assert result_titles(afterwards) == ["ZEPHYR"]
    assert afterwards.select_one(".search-mode") is None


def test_running_the_catch_up_twice_is_harmless(demo, search_proxy, django_capture_on_commit_callbacks):
    require_service("search")
    with django_capture_on_commit_callbacks(execute=True):
        page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    search_proxy.forward()

    assert tasks.catch_up_search_index.delay().get() >= 1
    assert tasks.catch_up_search_index.delay().get() == 0
    assert tasks.apply_pending_index_updates.delay().get() == 0

    assert PendingIndexUpdate.objects.count() == 0
    assert found_on_server("quasicrystal") == [page.pk]


def test_a_page_deleted_while_the_server_was_down_leaves_it_once_it_is_back(
    demo, search_proxy, django_capture_on_commit_callbacks
):
    require_service("search")
    search_proxy.forward()
    with django_capture_on_commit_callbacks(execute=True):
        page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    assert on_server(page)  # sent after the commit

    search_proxy.stop()
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).specific.delete()
    assert time.monotonic() - started < 2
    assert pending_actions(page) == {"delete"}

    search_proxy.forward()
    assert tasks.catch_up_search_index.delay().get() >= 1
    assert pending_actions(page) == set()
    assert not on_server(page)
