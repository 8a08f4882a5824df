"""A search that forgives: other languages' names, typos, and words that nothing has all together.

Each search looks for every word, and for the words that name a sector, theme or challenge in one
language, also for its names in the others ("aéronautique" finds "Aeronautics" and "الطيران").
When that finds nothing, it tries in turn:

1. the words corrected from the vocabulary of indexed titles and names (search/vocabulary.py):
   "aeronotics" is searched as "aeronautics", and the page says "Showing results for aeronautics";
2. most of the words: all but one, then all but two…, down to half of them; the page says so;
3. on the backends that match words approximately (the search server by edit distance, PostgreSQL
   by trigram similarity), the words with a few letters wrong.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from clusters.taxonomy import Term

from .query import ParsedQuery
from .vocabulary import CORRECTED_FROM, corrections, term_models, vocabulary_words

logger = logging.getLogger(__name__)

TERM_NAMES_KEY = "search:term-names"
TERM_NAMES_SECONDS = 3600

MAX_RELAXED_WORDS = 8  # longer queries try fewer combinations: all but one word, then half of them

NAME_STOP_WORDS = {"and", "the", "for", "with", "et", "des", "les", "pour", "aux", "avec", "في", "من", "مع"}

Outcomes = tuple[Any, Any]  # the pages' and the members' SearchOutcome

NOTICES = {
    "corrected": _("Showing results for %(query)s."),
    "fuzzy": _("No result with exactly these words; showing results with similar words."),
    "most_words": _("No result with all the words; showing results with most of them."),
}


@dataclass(frozen=True)
class Relaxation:
    """How a search was widened to find something."""

    kind: str  # one of NOTICES
    query: str = ""  # the corrected query, for "corrected"

    @property
    def message(self) -> str:
        return str(NOTICES[self.kind]) % {"query": self.query}

    def html(self) -> SafeString:
        """The message, the corrected query a link to its search."""
        link = format_html('<a href="{}?{}">{}</a>', reverse("search"), urlencode({"q": self.query}), self.query)
        return mark_safe(conditional_escape(str(NOTICES[self.kind])) % {"query": link})  # noqa: S308 - escaped

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "query": self.query, "message": self.message}


def with_alternates(parsed: ParsedQuery) -> ParsedQuery:
    """The query with, for each sector's, theme's or challenge's name it has all the words of, the name
    in the other languages: "aéronautique" also looks for "Aeronautics" and "الطيران", "prototypage
    mutualisé" for "Shared prototyping" (these words together) and "النمذجة الأولية المشتركة"."""
    keys = {word: significant[0] for word in parsed.words if len(significant := _significant(word)) == 1}
    if not keys:
        return parsed
    wanted = set(keys.values())
    found: dict[str, list[str]] = {}
    for names in term_names():
        words = [_significant(name) for name in names]
        for word, key in keys.items():
            if any(key in name_words and set(name_words) <= wanted for name_words in words):
                found.setdefault(word, []).extend(name for i, name in enumerate(names) if key not in words[i])
    alternates = tuple((word, tuple(dict.fromkeys(names))) for word, names in found.items() if names)
    return replace(parsed, alternates=alternates) if alternates else parsed


def term_names() -> list[tuple[str, str, str]]:
    """Every sector's, theme's and challenge's names in the three languages, kept in the cache (until
    one changes: see `forget_term_names`) so that a search does not read them again."""
    names = cache.get(TERM_NAMES_KEY)
    if names is None:
        names = [
            tuple(row) for model in term_models() for row in model.objects.values_list("name_en", "name_fr", "name_ar")
        ]
        cache.set(TERM_NAMES_KEY, names, TERM_NAMES_SECONDS)
    return names


def terms_by_slug(model: type[Term]) -> dict[str, Term]:
    """Every term of `model` (sectors, themes…) by slug, for the facets' labels and the filters the
    search knows: kept in the cache until one changes, like `term_names`."""
    key = _terms_key(model)
    terms = cache.get(key)
    if terms is None:
        terms = {term.slug: term for term in model.objects.all()}
        cache.set(key, terms, TERM_NAMES_SECONDS)
    return terms


def _terms_key(model: type[Term]) -> str:
    return f"search:terms:{model._meta.label_lower}"


def forget_term_names(**kwargs: Any) -> None:
    cache.delete_many([TERM_NAMES_KEY, *(_terms_key(model) for model in term_models())])


def connect_signals() -> None:
    for model in term_models():
        post_save.connect(forget_term_names, sender=model, dispatch_uid=f"term-names-save-{model._meta.label}")
        post_delete.connect(forget_term_names, sender=model, dispatch_uid=f"term-names-delete-{model._meta.label}")


def _significant(text: str) -> list[str]:
    """The words of a name that carry its meaning, as the vocabulary writes them."""
    return [word for word in vocabulary_words(text) if word not in NAME_STOP_WORDS]


def forgiving_search(
    parsed: ParsedQuery, run: Callable[[ParsedQuery], Outcomes]
) -> tuple[Outcomes, ParsedQuery, Relaxation | None]:
    """Run the search of `parsed`, widened as the module says when it finds nothing.

    Returns what was found, the query that found it, and how it was widened (None when it was not).
    """
    searched = with_alternates(parsed)
    outcomes = run(searched)
    if _found(outcomes):
        return outcomes, searched, None
    fixed = corrections(parsed.words)
    if fixed:
        corrected = with_alternates(parsed.with_words(tuple(fixed.get(word, word) for word in parsed.words)))
        found = run(corrected)
        if _found(found):
            return found, corrected, Relaxation("corrected", corrected.text())
    for attempt, kind in _widened(searched):
        try:
            found = run(attempt)
        except NotImplementedError as error:  # a backend without approximate matching (SQLite): expected
            logger.info("Could not widen the search to %r: %s", attempt, error)
            continue
        except Exception:
            logger.warning("Could not widen the search to %r", attempt, exc_info=True)
            continue
        if _found(found):
            return found, attempt, Relaxation(kind)
    return outcomes, searched, None


def _widened(parsed: ParsedQuery) -> list[tuple[ParsedQuery, str]]:
    attempts = []
    count = len(parsed.words)
    if count > 1:
        smallest = max(1, (count + 1) // 2)
        sizes = range(count - 1, smallest - 1, -1) if count <= MAX_RELAXED_WORDS else [count - 1, smallest]
        attempts += [(replace(parsed, at_least=size), "most_words") for size in sizes]
    if not (parsed.phrases or parsed.excluded) and any(len(word) >= CORRECTED_FROM for word in parsed.words):
        attempts.append((ParsedQuery(parsed.words, fuzzy=True), "fuzzy"))
    return attempts


def _found(outcomes: Outcomes) -> bool:
    return any(outcome.results for outcome in outcomes)
