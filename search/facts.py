"""What a page's search result is counted and sorted by: its cluster, country, date and the periods of
the date facet, worked out by its type from a few of its fields.

The same function of a type gives them to the result shown, built from the page itself, and to every
item the database backends found, built from those fields read as values in one query
(search/ranked_pages.py): counting a thousand items then costs no page instance and no URL.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wagtail.models import Page

if TYPE_CHECKING:
    from clusters.models import ClusterPage

    from .rows import RowContext

# Every page's fields the facts may use, whatever its type.
PAGE_FIELDS = ("pk", "path", "last_published_at")


@dataclass(frozen=True)
class Facts:
    cluster: "ClusterPage | None" = None  # in the visitor's language, when translated
    country: str = ""
    date: datetime | None = None  # the date the result shows, by which results are sorted newest first
    periods: tuple[str, ...] = ()  # values of the date facet
    sectors: tuple[str, ...] | None = None  # when not read from the type's `terms`

    def row_fields(self) -> dict[str, Any]:
        """The fields of a `Result` these facts fill."""
        fields = {
            "cluster": self.cluster.title if self.cluster else "",
            "cluster_slug": self.cluster.slug if self.cluster else "",
            "country": self.country,
            "date": self.date,
            "periods": self.periods,
        }
        return fields if self.sectors is None else {**fields, "sectors": self.sectors}


# A type's facts, from a page's fields (`PAGE_FIELDS` and the type's own `fact_fields`) by name.
FactsReader = Callable[[Mapping[str, Any], "RowContext"], Facts]


def page_facts(fields: Mapping[str, Any], context: "RowContext") -> Facts:
    """The facts of a page of no registered type, or of a type without facts of its own: its last
    publication."""
    return Facts(date=fields["last_published_at"])


def in_its_cluster(fields: Mapping[str, Any], context: "RowContext") -> Facts:
    """The facts of a page kept in a cluster's section (its parent): the cluster's country."""
    cluster = context.cluster_at(fields["path"])
    return Facts(cluster=cluster, country=cluster.country if cluster else "", date=fields["last_published_at"])


def fields_of(page: Page, own_fields: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a page its facts are worked out from."""
    return {name: getattr(page, name) for name in (*PAGE_FIELDS, *own_fields)}
