"""The cluster index needs the same number of queries however many clusters it lists."""

from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clusters.models import Sector
from tests.factories import make_cluster


def queries_for(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_queries_do_not_grow_with_clusters(client, demo):
    before = queries_for(client, "/en/clusters/")
    energy = Sector.objects.get(slug="energy")
    for number in range(15):
        make_cluster(
            f"extra-{number}",
            "FR",
            title=f"Extra {number}",
            sectors=[energy],
            latitude=Decimal("43.3"),
            longitude=Decimal("5.4"),
        )
    after = queries_for(client, "/en/clusters/")
    assert after == before
    assert queries_for(client, "/en/clusters/?sector=energy&country=FR") <= before + 1
