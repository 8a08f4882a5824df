"""Searches are logged off the request path and reported to administrators."""

import csv
import io
from datetime import timedelta

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search import querylog
from search.models import LoggedSearch
from search.tasks import flush_search_log

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(queries: CaptureQueriesContext) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if query["sql"].lstrip().upper().startswith(WRITES)]


def report_rows(client, **params) -> list[list[str]]:
    response = client.get("/admin/reports/site-searches/", params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in page.select("table tbody tr")]


def test_a_search_writes_nothing_to_the_database_until_the_flush(client, demo):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "  Prototyping   PLATFORM "})
    assert response.status_code == 200
    assert writes(queries) == []
    assert not LoggedSearch.objects.exists()

    assert querylog.flush_search_log() == 1
    logged = LoggedSearch.objects.get()
    assert (logged.query, logged.language) == ("prototyping platform", "en")
    shown = BeautifulSoup(response.content, "html.parser").select_one("#search-count").text
    assert logged.results == int(shown.split()[0])
    assert logged.results > 0
    assert timezone.now() - logged.searched_at < timedelta(minutes=1)
    assert querylog.flush_search_log() == 0  # each search is written once


def test_the_json_api_logs_searches_in_its_language_without_writing(client, demo):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/search/", {"q": "xyzzy-nothing", "lang": "fr"}).json()["total"] == 0
    assert writes(queries) == []
    querylog.flush_search_log()
    assert list(LoggedSearch.objects.values_list("query", "language", "results")) == [("xyzzy-nothing", "fr", 0)]


def test_paging_and_filtering_a_search_does_not_count_again(client, demo):
    client.get("/en/search/", {"q": "cluster"})
    client.get("/en/search/", {"q": "cluster", "page": "2"})
    client.get("/en/search/", {"q": "cluster", "type": "practice"})
    client.get("/en/search/", {"q": ""})
    assert querylog.flush_search_log() == 1


def test_an_entry_being_written_during_a_flush_is_written_by_the_next_one(client, demo):
    client.get("/en/search/", {"q": "energy"})
    late = querylog._next_number()  # taken by a search whose entry is not stored yet
    assert querylog.flush_search_log() == 1
    cache.set(querylog._entry_key(late), ["late", "ar", 3, timezone.now().isoformat()])
    client.get("/en/search/", {"q": "water"})
    assert querylog.flush_search_log() == 2
    assert sorted(LoggedSearch.objects.values_list("query", flat=True)) == ["energy", "late", "water"]


def test_a_lost_entry_does_not_block_the_log(client, demo):
    querylog._next_number()  # taken by a process that died before storing its entry
    assert querylog.flush_search_log() == 0
    client.get("/en/search/", {"q": "olive"})
    assert querylog.flush_search_log() == 1
    assert list(LoggedSearch.objects.values_list("query", flat=True)) == ["olive"]


def test_the_report_shows_top_searches_and_those_with_no_results(client, demo, django_user_model):
    for query in ("prototyping", "Prototyping", "xyzzy-nothing"):
        client.get("/en/search/", {"q": query})
    client.get("/fr/search/", {"q": "prototypage"})
    ten_days_ago = timezone.now() - timedelta(days=10)
    LoggedSearch.objects.create(query="old search", language="en", results=0, searched_at=ten_days_ago)
    client.force_login(django_user_model.objects.get(email="admin@example.org"))

    rows = report_rows(client)  # flushes the buffer first
    assert [row[:4] for row in rows] == [
        ["prototyping", "en", "2", "0"],
        ["old search", "en", "1", "1"],
        ["prototypage", "fr", "1", "0"],
        ["xyzzy-nothing", "en", "1", "1"],
    ]
    assert [row[0] for row in report_rows(client, period="7")] == ["prototyping", "prototypage", "xyzzy-nothing"]
    assert [row[:4] for row in report_rows(client, period="7", found="none")] == [["xyzzy-nothing", "en", "1", "1"]]
    assert [row[0] for row in report_rows(client, language="fr")] == ["prototypage"]

    export = client.get("/admin/reports/site-searches/", {"export": "csv", "period": "7"})
    assert export.status_code == 200
    lines = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert lines[0][:4] == ["Search terms", "Language", "Searches", "With no results"]
    assert lines[1][:4] == ["prototyping", "en", "2", "0"]


def test_the_report_is_for_administrators_and_groups_given_its_permission(client, demo, django_user_model):
    manager = django_user_model.objects.get(email="manager@ce3m.example.org")
    client.force_login(manager)
    assert client.get("/admin/reports/site-searches/").status_code in (302, 403)
    assert b"site-searches" not in client.get("/admin/").content

    group = Group.objects.create(name="Search analysts")
    group.permissions.add(Permission.objects.get(codename="view_loggedsearch"))
    manager.groups.add(group)
    assert client.get("/admin/reports/site-searches/").status_code == 200


def test_the_periodic_task_writes_the_buffer(client, demo, settings):
    assert settings.CELERY_BEAT_SCHEDULE["search-log-flush"]["task"] == "search.tasks.flush_search_log"
    client.get("/en/search/", {"q": "membranes"})
    assert flush_search_log.delay().get() == 1
    assert list(LoggedSearch.objects.values_list("query", flat=True)) == ["membranes"]
