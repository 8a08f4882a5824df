"""Events, joint proposals and funding calls in search results, with their dates, statuses and facets."""

import datetime
from datetime import UTC, timedelta

from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from agenda.tests.factories import make_event
from proposals.models import ProposalPage, ProposalStatus
from proposals.tests.factories import publish_call, publish_proposal
from search.event_rows import event_periods
from search.results import search_portal


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def rows_by_title(found) -> dict:
    return {row.title: row for row in found.page_obj.paginator.object_list}


def test_an_event_is_upcoming_or_past_and_this_month_while_it_takes_place_in_it():
    now = datetime.datetime(2026, 11, 15, 12, tzinfo=UTC)
    assert event_periods(now + timedelta(days=20), now + timedelta(days=21), now) == ("upcoming",)
    assert event_periods(now + timedelta(days=2), now + timedelta(days=3), now) == ("upcoming", "this-month")
    assert event_periods(now - timedelta(days=10), now - timedelta(days=9), now) == ("past", "this-month")
    assert event_periods(now - timedelta(days=40), now - timedelta(days=39), now) == ("past",)
    assert event_periods(now - timedelta(days=20), now + timedelta(days=20), now) == ("upcoming", "this-month")


def test_events_are_dated_by_their_start_and_counted_by_period(client, demo, committed, searcher):
    now = timezone.now()
    with committed():
        upcoming = make_event(title="Zorblax Techdays", start=now + timedelta(days=45), end=now + timedelta(days=46))
        make_event(title="Zorblax workshop", start=now - timedelta(days=45), end=now - timedelta(days=45, hours=-8))
    found = search_portal("zorblax", locale=english(), searcher=searcher)
    rows = rows_by_title(found)
    assert rows["Zorblax Techdays"].type == "event"
    assert rows["Zorblax Techdays"].date == upcoming.start
    assert rows["Zorblax Techdays"].cluster_slug == "ce3m"
    periods = {option.value: option.count for option in found.facets["date"]}
    assert periods["upcoming"] == 1 and periods["past"] == 1
    past = search_portal("zorblax", locale=english(), filters={"date": ["past"]}, searcher=searcher)
    assert [row.title for row in past.results] == ["Zorblax workshop"]

    page = BeautifulSoup(client.get("/en/search/", {"q": "zorblax", "date": "upcoming"}).content, "html.parser")
    meta = page.select_one(".search-results li .search-result__meta").get_text(" ", strip=True)
    assert meta.startswith("Event") and "Starts" in meta
    headings = [heading.get_text(strip=True) for heading in page.select(".search-facet h3")]
    assert "Date" in headings


def test_proposals_show_their_status_and_count_their_challenges_as_themes(demo, committed, searcher):
    with committed():
        publish_proposal(
            "ce3m",
            "zorblax-proposal",
            title="Zorblax water recycling",
            status=ProposalStatus.LOOKING_FOR_PARTNERS,
            challenges=("water",),
        )
    found = search_portal("zorblax", locale=english(), searcher=searcher)
    row = rows_by_title(found)["Zorblax water recycling"]
    assert (row.type, row.cluster_slug, row.themes) == ("proposal", "ce3m", ("water",))
    assert row.status == str(ProposalStatus.LOOKING_FOR_PARTNERS.label)
    themes = {option.value: option for option in found.facets["theme"]}
    assert themes["water"].count == 1 and themes["water"].label == "Water"
    narrowed = search_portal("zorblax", locale=english(), filters={"theme": ["water"]}, searcher=searcher)
    assert [row.title for row in narrowed.results] == ["Zorblax water recycling"]


def test_a_translated_proposal_shows_the_status_its_source_holds(demo, committed, searcher):
    with committed():
        proposal = publish_proposal(
            "ce3m", "quillon-proposal", title="Quillon foundry", status=ProposalStatus.CONSORTIUM_FORMED
        )
        french = proposal.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.title = "Fonderie quillon"
        french.save_revision().publish()
        # A version published from a draft older than the last step holds an older status.
        ProposalPage.objects.filter(pk=french.pk).update(status=ProposalStatus.IDEA)

    found = search_portal("quillon", locale=Locale.objects.get(language_code="fr"), searcher=searcher)
    assert [(row.title, row.status) for row in found.results] == [
        ("Fonderie quillon", str(ProposalStatus.CONSORTIUM_FORMED.label))
    ]


def test_funding_calls_are_dated_by_their_deadline(client, demo, committed, searcher):
    deadline = timezone.localdate() + timedelta(days=30)
    with committed():
        call = publish_call("zorblax-call", deadline=deadline, title="Zorblax call for clean water")
    found = search_portal("zorblax", locale=english(), searcher=searcher)
    row = rows_by_title(found)["Zorblax call for clean water"]
    assert (row.type, row.date, row.status) == ("call", call.deadline, "Open")
    body = client.get("/api/search/", {"q": "zorblax", "type": "call"}).json()
    assert [result["type"] for result in body["results"]] == ["call"]
    assert datetime.datetime.fromisoformat(body["results"][0]["date"]) == call.deadline


def test_an_arabic_event_and_proposal_are_found_whatever_the_hamza_or_ta_marbuta(demo, committed, searcher):
    arabic = Locale.objects.get(language_code="ar")
    with committed():
        event = make_event(title="Small business forum", summary="Two days for small businesses.")
        event_ar = event.copy_for_translation(arabic)
        event_ar.title, event_ar.summary = "منتدى المؤسسات الصغيرة", "يومان للمؤسسات الصغيرة والمتوسطة"
        event_ar.save_revision().publish()
        proposal = publish_proposal(slug="water-reuse", title="Water reuse")
        proposal_ar = proposal.copy_for_translation(arabic)
        proposal_ar.title = "إعادة استعمال المياه في الزراعة"
        proposal_ar.save_revision().publish()
    for query in ("المؤسسات", "الموسسات"):
        found = rows_by_title(search_portal(query, locale=arabic, searcher=searcher))
        assert found["منتدى المؤسسات الصغيرة"].type == "event", query
    for query in ("إعادة استعمال", "اعاده استعمال"):
        found = rows_by_title(search_portal(query, locale=arabic, searcher=searcher))
        assert found["إعادة استعمال المياه في الزراعة"].type == "proposal", query
