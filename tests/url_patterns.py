"""Every address the portal answers, named by its route: Django's URL patterns, with the language
prefix written `<lang>/`, and the routes of each page type (`<lang>/<EventPage>/checkin/<str:token>/`).

The site-wide tests walk these routes, so an address added anywhere is one they see.
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

LANGUAGE = "<lang>/"
PROJECT_APPS = (
    "portal",
    "outbox",
    "accounts",
    "clusters",
    "members",
    "practices",
    "agenda",
    "proposals",
    "meetings",
    "following",
    "search",
)
PARAMETER = re.compile(r"<(?:[^:<>]+:)?(?P<name>\w+)>|\(\?P<(?P<group>\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    key: str  # "admin/members/edit/<int:pk>/"
    module: str  # the module of the view that answers it

    @property
    def is_admin(self) -> bool:
        return self.key.startswith("admin/")

    @property
    def is_project_view(self) -> bool:
        return self.module.split(".")[0] in PROJECT_APPS


def _piece(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return LANGUAGE
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        text = text.removeprefix("^").removesuffix("$")
    return text


def _walk(patterns, prefix: str):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + _piece(entry.pattern))
        elif isinstance(entry, URLPattern):
            view = getattr(entry.callback, "view_class", entry.callback)
            yield Route(prefix + _piece(entry.pattern), view.__module__)


def url_routes() -> list[Route]:
    """Django's URL patterns, each once (the first view that answers the route)."""
    routes: dict[str, Route] = {}
    for route in _walk(get_resolver().url_patterns, ""):
        routes.setdefault(route.key, route)
    return list(routes.values())


def page_routes() -> list[Route]:
    """Each page type's address, and the addresses below it when the page type routes them."""
    routes = []
    for model in get_page_models():
        if model is Page:
            continue
        base = f"{LANGUAGE}<{model.__name__}>/"
        if issubclass(model, RoutablePageMixin):
            for subpage in model.get_subpage_urls():
                routes.append(Route(base + _piece(subpage.pattern), model.__module__))
        else:
            routes.append(Route(base, model.__module__))
    return routes


def all_routes() -> list[Route]:
    return [*url_routes(), *page_routes()]


def fill(key: str, values: dict[str, object], pages: dict[str, str], language: str = "en") -> str:
    """The address of a route, its parameters taken from `values` by name and its page from `pages`
    (page type name -> the page's path below the language, such as "events/techdays-casablanca/")."""
    path = key.replace(LANGUAGE, f"{language}/", 1)
    path = re.sub(r"<([A-Z]\w*Page)>/", lambda match: pages[match[1]], path)
    path = PARAMETER.sub(lambda match: str(values[match["name"] or match["group"]]), path)
    return "/" + re.sub(r"\\(.)", r"\1", path)  # a regular expression's escaped characters, as typed
