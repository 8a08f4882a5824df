"""A cluster's page lists its latest best practices."""

from clusters.tests.hub_pages import queries_for, section_titles
from tests.factories import cluster, make_cluster

from .factories import publish_practice


def test_the_section_lists_the_clusters_latest_practices_in_the_readers_language(client, demo):
    publish_practice(cluster("ce3m"), "newest", title="The newest practice", themes=("import-substitution",))
    publish_practice(cluster("qoot"), "qoot-practice", title="QOOT's practice")

    titles = section_titles(client, "/en/clusters/ce3m/", "practices")

    assert titles[0] == "The newest practice" and len(titles) == 5
    assert "QOOT's practice" not in titles
    assert "The newest practice" not in section_titles(client, "/fr/clusters/ce3m/", "practices")


def test_a_cluster_without_practices_has_no_section_and_queries_do_not_grow(client, demo):
    quiet = make_cluster("quiet", title="Quiet cluster")
    assert section_titles(client, "/en/clusters/quiet/", "practices") is None
    publish_practice(quiet, "practice-0", themes=("import-substitution",))
    one = queries_for(client, "/en/clusters/quiet/")
    for number in range(1, 6):
        publish_practice(quiet, f"practice-{number}", themes=("import-substitution", "pooled-purchasing"))

    assert len(section_titles(client, "/en/clusters/quiet/", "practices")) == 5
    assert queries_for(client, "/en/clusters/quiet/") == one
