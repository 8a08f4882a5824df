"""Malformed input at every address of the portal's own screens, the accounts' and the API's: as a
query string and as a form, it never gets a server error.

Each address is asked by a visitor who reaches its view (tests/access_table.py); the names sent are
those of the fields of the page's forms, and the query parameters the portal reads. Control
characters in a query string, and a NUL byte in a form, are refused with a 400 before any view runs
(`portal.middleware.RejectControlCharactersMiddleware`).
"""

import re
from html import unescape
from urllib.parse import quote

import pytest
from django.core.signals import got_request_exception
from django.test import Client

from tests.access_table import address, expected_for, is_wagtails_admin
from tests.site_visitors import client_for, demo_site
from tests.url_patterns import all_routes

pytestmark = pytest.mark.filterwarnings("ignore::django.core.paginator.UnorderedObjectListWarning")

QUERY_NAMES = ["q", "page", "sort", "next", "cluster", "type", "sector", "country", "status", "lang", "id"]
QUERY_NAMES += ["html_path", "fields", "search", "order", "limit", "offset", "period", "found", "language"]
NUL, LONG, BAD_UTF8, TOO_LARGE = "a%00b", "x" * 10240, "%FF%FE", "9" * 23
CORPUS = {
    "a NUL byte": lambda name: f"{name}={NUL}",
    "10 KB": lambda name: f"{name}={LONG}",
    "invalid UTF-8": lambda name: f"{name}={BAD_UTF8}",
    "a number too large for an id": lambda name: f"{name}={TOO_LARGE}",
    "repeated names": lambda name: f"{name}=a&{name}=b",
}
# Who asks: the first of these whose answer shows the view (the form, or a 405 to a GET).
ASKERS = ("partner", "manager", "administrator")


def asker(expected) -> str:
    return next((role for role in ASKERS if expected.answers[role] in (200, 405)), "anonymous")


FIELD = re.compile(r'<(?:input|select|textarea|button)\b[^>]*?\sname="([^"]+)"')


def field_names(response) -> list[str]:
    """The names of the page's form fields, then the query parameters the portal reads."""
    names = []
    if response.status_code == 200 and "html" in response.headers.get("Content-Type", ""):
        names = [unescape(name) for name in FIELD.findall(response.content.decode())]
    return list(dict.fromkeys([name for name in names if name != "csrfmiddlewaretoken"] + QUERY_NAMES))


def encoded(kind: str, names: list[str]) -> str:
    body = "&".join(CORPUS[kind](quote(name, safe="")) for name in names)
    return body + "&page=1&page=x" if kind == "repeated names" else body


@pytest.fixture
def server_errors():
    errors: list[str] = []

    def record(sender, request, **kwargs):
        import sys

        errors.append(f"{request.method} {request.path}: {sys.exc_info()[1]!r}"[:400])

    got_request_exception.connect(record)
    yield errors
    got_request_exception.disconnect(record)


def still_logged_in(client: Client, role: str, settings) -> Client:
    """The same visitor, logged in again if a request logged them out (a logout, a password change)."""
    if role == "anonymous" or "_auth_user_id" in client.session:
        return client
    return client_for(role, settings)


def test_malformed_input_never_gets_a_server_error(demo, settings, server_errors):
    site = demo_site()
    clients: dict[str, Client] = {}
    wrong = []
    for route in all_routes():
        expected = expected_for(route)
        if expected is None or is_wagtails_admin(route):
            continue
        role = asker(expected)
        client = clients[role] = still_logged_in(clients.get(role) or client_for(role, settings), role, settings)
        url = address(route, expected, site)
        names = field_names(client.get(url))
        separator = "&" if "?" in url else "?"
        for kind in CORPUS:
            query = encoded(kind, names)
            client = clients[role] = still_logged_in(client, role, settings)
            asked = client.get(f"{url}{separator}{query}")
            client = clients[role] = still_logged_in(client, role, settings)
            posted = client.generic("POST", url, query.encode(), content_type="application/x-www-form-urlencoded")
            for method, response in (("GET", asked), ("POST", posted)):
                refused = kind == "a NUL byte" and response.status_code != 400
                if response.status_code >= 500 or refused:
                    wrong.append(f"{route.key}  {method} with {kind} as the {role}: {response.status_code}")
    assert not wrong, "\n".join([*wrong, *server_errors])
