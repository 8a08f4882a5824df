"""The queue of updates for the search server: what it records, and how it is applied."""

from unittest import mock

import pytest
from celery.exceptions import Retry
from django.db import transaction
from kombu.exceptions import OperationalError

from clusters.models import ClusterPage
from members.models import MemberOrganisation
from search import services, tasks
from search.models import PendingIndexUpdate
from tests.factories import make_cluster


def rows() -> list[tuple[str, str, str]]:
    return [
        (row.content_type.model, row.object_id, row.action)
        for row in PendingIndexUpdate.objects.select_related("content_type")
    ]


def test_without_a_search_server_nothing_is_queued(demo, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    assert rows() == []


def test_repeated_changes_to_an_object_collapse_into_its_last_action(demo, search_proxy):
    page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    page.summary = "Quasicrystals, again."
    page.save_revision().publish()
    assert rows() == [("clusterpage", str(page.pk), "index")]

    ClusterPage.objects.get(pk=page.pk).delete()
    assert set(rows()) == {("clusterpage", str(page.pk), "delete"), ("page", str(page.pk), "delete")}


def test_a_rolled_back_change_queues_nothing(demo, search_proxy):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_cluster("zephyr", summary="A cluster for quasicrystal research.")
        raise RuntimeError("the editor's request failed")
    assert rows() == []


def test_a_change_made_while_the_queue_is_applied_stays_queued(demo, search_proxy):
    page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")

    def edited_meanwhile(backends, model, batch):
        services.queue_index_update(page, PendingIndexUpdate.Action.INDEX)

    with mock.patch.object(services, "_send", side_effect=edited_meanwhile):
        assert services.apply_pending_index_updates() == 1
    assert rows() == [("clusterpage", str(page.pk), "index")]


def test_a_failure_other_than_an_outage_is_recorded_and_the_rest_is_applied(demo, search_proxy):
    page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    services.queue_index_update(MemberOrganisation.objects.first(), PendingIndexUpdate.Action.INDEX)

    def refuse_pages(backends, model, batch):
        if model is ClusterPage:
            raise ValueError("mapping rejected")

    with mock.patch.object(services, "_send", side_effect=refuse_pages):
        assert services.apply_pending_index_updates() == 1
    row = PendingIndexUpdate.objects.get()
    assert (row.object_id, row.attempts, row.last_error) == (str(page.pk), 1, "ValueError: mapping rejected")
    assert not services.search_server_marked_down()


def test_held_updates_stay_queued(demo, search_proxy):
    make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    with services.hold_index_updates():
        assert services.apply_pending_index_updates() == 0
    assert len(rows()) == 1


def test_a_dead_broker_leaves_the_updates_for_the_catch_up(demo, search_proxy, django_capture_on_commit_callbacks):
    with (
        mock.patch.object(tasks.apply_pending_index_updates, "apply_async", side_effect=OperationalError("refused")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    assert len(rows()) == 1


def test_the_task_retries_with_growing_delays_while_the_server_is_down(demo, search_proxy):
    make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    task = tasks.apply_pending_index_updates
    for retries, countdown in ((0, 15), (3, 120), (7, 900)):
        with (
            mock.patch.object(task, "retry", side_effect=Retry) as retry,
            mock.patch.object(task.request, "retries", retries),
            pytest.raises(Retry),
        ):
            task.run()
        assert retry.call_args.kwargs["countdown"] == countdown
    assert PendingIndexUpdate.objects.get().attempts == 3


def test_while_the_server_is_marked_down_no_task_is_sent(demo, search_proxy, django_capture_on_commit_callbacks):
    services.mark_search_server_down(ConnectionError("refused"))
    with (
        mock.patch.object(tasks.apply_pending_index_updates, "apply_async") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        make_cluster("zephyr", summary="A cluster for quasicrystal research.")
    send.assert_not_called()
    assert len(rows()) == 1
