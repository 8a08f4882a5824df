"""Every address the portal answers, asked in GET by each kind of visitor: the answer is the one
tests/access_table.py gives, a GET changes no data, and nobody is logged out by one.

The routes come from the URL configuration and the page types, so a new address fails
`test_every_route_has_a_row` until its row is added.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core.signals import got_request_exception
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.access_table import ACCESS, WAGTAIL_ADMIN_ROWS, address, expected_for, is_wagtails_admin, matches
from tests.site_visitors import ROLES, client_for, demo_site
from tests.url_patterns import all_routes

WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)
# What a GET may write: the session, and what Wagtail keeps for itself as it renders (a person's
# admin preferences, who is editing what, an image's thumbnails); the searches report stores the
# searches logged so far.
pytestmark = pytest.mark.filterwarnings(
    "ignore::django.core.paginator.UnorderedObjectListWarning"
)  # wagtail-localize's
BOOKKEEPING = {
    "django_session",
    "wagtailusers_userprofile",
    "wagtailadmin_editingsession",
    "wagtailimages_rendition",
    "portal_search_loggedsearch",
}


def test_every_route_has_a_row():
    routes = all_routes()
    missing = [route.key for route in routes if expected_for(route) is None]
    assert not missing, "Routes without a row in tests/access_table.py:\n" + "\n".join(missing)
    rows = {**ACCESS, **WAGTAIL_ADMIN_ROWS}
    gone = sorted(set(rows) - {route.key for route in routes})
    assert not gone, "Rows of tests/access_table.py for routes that no longer exist:\n" + "\n".join(gone)


@pytest.fixture
def server_errors():
    """The exception behind each server error, by path."""
    errors: dict[str, str] = {}

    def record(sender, request, **kwargs):
        import sys

        errors[request.path] = repr(sys.exc_info()[1])[:300]

    got_request_exception.connect(record)
    yield errors
    got_request_exception.disconnect(record)


def written_tables(queries) -> set[str]:
    return {match[1] for query in queries if (match := WRITE.match(query["sql"]))}


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Uploads stored in files, so that documents are served as in production."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}


@pytest.mark.parametrize("role", ROLES)
def test_each_address_answers_as_the_table_says(role, demo, settings, files_on_disk, server_errors):
    site = demo_site()
    client = client_for(role, settings)
    wrong = []
    for route in all_routes():
        expected = expected_for(route)
        if expected is None:
            continue  # test_every_route_has_a_row names it
        url = address(route, expected, site)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        answer = expected.answers[role]
        location = response.headers.get("Location", "")
        if not matches(answer, response.status_code, location, site.values):
            got = f"{response.status_code} {location} {server_errors.get(urlsplit(url).path, '')}".strip()
            wrong.append(f"{route.key}  GET {url}: expected {answer}, got {got}")
        writes = written_tables(queries.captured_queries) - BOOKKEEPING
        if writes and not is_wagtails_admin(route):
            wrong.append(f"{route.key}  GET {url} wrote to {', '.join(sorted(writes))}")
        if role != "anonymous" and "_auth_user_id" not in client.session:
            wrong.append(f"{route.key}  GET {url} logged the {role} out")
            client = client_for(role, settings)
    assert not wrong, f"{len(wrong)} addresses answer the {role} otherwise:\n" + "\n".join(wrong)
