"""`manage.py update_index` rebuilds the server's indexes behind their aliases, holding the queue meanwhile."""

from io import StringIO
from unittest import mock

from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndexCommand

from conftest import require_service
from search import services
from search.models import PendingIndexUpdate
from tests.factories import make_cluster

from .test_outage import found_on_server


def indexes_behind(alias: str) -> set[str]:
    return set(get_search_backend("default").es.indices.get_alias(name=alias))


def test_a_rebuild_switches_to_a_new_index_and_then_applies_the_queue(demo):
    require_service("search")
    alias = get_search_backend("default").get_index_for_model(Page).name
    before = indexes_behind(alias)
    page = make_cluster("zephyr", summary="A cluster for quasicrystal research.")  # queued, not sent yet
    applied_during_rebuild = []
    wagtail_rebuild = WagtailUpdateIndexCommand.update_backend

    def rebuild(command, backend_name, *args, **kwargs):
        wagtail_rebuild(command, backend_name, *args, **kwargs)
        applied_during_rebuild.append(services.apply_pending_index_updates())  # a worker, meanwhile

    out = StringIO()
    with mock.patch.object(WagtailUpdateIndexCommand, "update_backend", rebuild):
        call_command("update_index", backend_name="default", stdout=out)

    assert applied_during_rebuild == [0]
    after = indexes_behind(alias)
    assert len(after) == 1 and after.isdisjoint(before)
    assert not get_search_backend("default").es.indices.exists(index=",".join(before))
    output = out.getvalue()
    assert f"default: Rebuilding index {alias}" in output
    assert "default: applied 1 updates queued during the rebuild" in output
    assert PendingIndexUpdate.objects.count() == 0
    assert found_on_server("quasicrystal") == [page.pk]
