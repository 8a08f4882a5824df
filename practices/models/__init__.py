"""Best practices: the pages (`pages`), their themes (`themes`) and what their inline panels list (`inlines`)."""

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
