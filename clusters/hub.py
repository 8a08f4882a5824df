"""The cluster page as a hub: the apps above clusters add their sections to it.

Clusters sit below events, proposals, practices, news and figures, so the cluster page cannot
import them. Each of those apps registers a `HubSection` when it starts (in its AppConfig.ready);
the page renders the registered sections in `order`, each from its own template, and leaves out
a section whose `context` returns None (nothing to show).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest

if TYPE_CHECKING:
    from .models import ClusterPage

SectionContext = Callable[["ClusterPage", HttpRequest], "dict[str, Any] | None"]


@dataclass(frozen=True)
class HubSection:
    key: str  # unique, also the HTML id of the section
    order: int  # lower comes first; the profile text is at 100, members at 200
    template: str
    context: SectionContext


@dataclass(frozen=True)
class RenderedSection:
    key: str
    template: str
    context: dict[str, Any]


_SECTIONS: dict[str, HubSection] = {}


def register_section(section: HubSection) -> None:
    _SECTIONS[section.key] = section


def sections_for(page: "ClusterPage", request: HttpRequest) -> list[RenderedSection]:
    rendered = []
    for section in sorted(_SECTIONS.values(), key=lambda section: (section.order, section.key)):
        context = section.context(page, request)
        if context is not None:
            rendered.append(RenderedSection(section.key, section.template, context))
    return rendered
