"""Best practices: the pages (`pages`), their themes (`themes`) and what their inline panels list (`inlines`)."""

import unicodedata

from .inlines import PracticeFigure, PracticeResource
from .pages import BestPracticeIndexPage, BestPracticePage, BestPracticePageQuerySet
from .themes import Theme

__all__ = [
    "BestPracticeIndexPage",
    "BestPracticePage",
    "BestPracticePageQuerySet",
    "PracticeFigure",
    "PracticeResource",
    "Theme",
]


# Still imported from here by other apps; new code uses portal.text.fold and portal.listing.page_number.
def reading_order(text: object) -> str:
    """A sort key that sets accents and case aside, so “Électronique” sorts among the E's."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def page_number(value: str | None) -> int:
    """The page asked for: anything but a positive number gives the first (the paginator caps the last)."""
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1
