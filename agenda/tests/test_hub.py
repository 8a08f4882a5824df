"""A cluster's page lists its coming events, those it co-organises too, in the reader's language."""

from datetime import timedelta

from django.utils import timezone

from clusters.tests.hub_pages import cluster_page, queries_for, section_titles
from tests.factories import cluster, make_cluster

from .factories import make_event


def test_the_section_lists_coming_events_organised_or_co_organised(client, demo):
    qoot, ce3m = cluster("qoot"), cluster("ce3m")
    co_organised = make_event(title="Co-organised forum", organiser=qoot, co_organisers=[ce3m])
    make_event(title="Someone else's forum", organiser=qoot)
    past_start = timezone.now() - timedelta(days=10)
    make_event(title="Last year's forum", organiser=ce3m, start=past_start, end=past_start + timedelta(hours=2))

    titles = section_titles(client, "/en/clusters/ce3m/", "events")

    assert "Techdays 2027 – Casablanca" in titles
    assert co_organised.title in titles
    assert "Someone else's forum" not in titles and "Last year's forum" not in titles
    assert "Co-organised forum" not in section_titles(client, "/fr/clusters/ce3m/", "events")


def test_the_link_lists_every_event_of_the_cluster_co_organised_ones_included(client, demo):
    make_event(title="Co-organised forum", organiser=cluster("qoot"), co_organisers=[cluster("ce3m")])
    link = cluster_page(client, "/en/clusters/ce3m/").select_one("#events p > a")
    assert link["href"] == "/en/events/?cluster=ce3m"

    listed = cluster_page(client, link["href"]).select(".event-card .card__title")

    assert "Co-organised forum" in [title.get_text(strip=True) for title in listed]


def test_at_most_five_events_and_a_constant_number_of_queries(client, demo):
    quiet = make_cluster("quiet", title="Quiet cluster")
    assert section_titles(client, "/en/clusters/quiet/", "events") is None
    make_event(title="Event 0", organiser=quiet)
    one = queries_for(client, "/en/clusters/quiet/")
    for number in range(1, 6):
        make_event(title=f"Event {number}", organiser=cluster("qoot"), co_organisers=[quiet], capacity=None)

    assert section_titles(client, "/en/clusters/quiet/", "events") == [f"Event {n}" for n in range(5)]
    assert queries_for(client, "/en/clusters/quiet/") == one
