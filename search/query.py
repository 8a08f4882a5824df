"""What a visitor typed, read as a search: words, "quoted phrases" and -excluded words.

The reading never fails: an unbalanced quote is ignored, a lone `-` or an operator (AND, OR, NOT,
&&, ||) is dropped, and punctuation other than inside a word is left out, so any input gives a query
every backend can run (or none, when nothing searchable is left).
"""

import re
from dataclasses import dataclass, replace
from itertools import combinations

from wagtail.search.query import And, Fuzzy, Not, Or, Phrase, PlainText, SearchQuery

from portal.search_fields import arabic_search_form, without_arabic_marks

MAX_QUERY_LENGTH = 200
OPERATORS = {"AND", "OR", "NOT", "&&", "||"}
_PARTS = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")


def clean_query(value: str) -> str:
    """The text searched for: control characters dropped, spaces collapsed, at most 200 characters."""
    printable = "".join(char if char.isprintable() else " " for char in value)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def _words(text: str) -> list[str]:
    return _WORD.findall(without_arabic_marks(text))


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # words, or phrases of several words
    # Relaxations (see search/relevance.py):
    alternates: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a word, and other names it stands for
    at_least: int = 0  # a result has this many of the words (0: all of them)
    fuzzy: bool = False  # words are matched with a few letters wrong

    @property
    def searchable(self) -> bool:
        """Whether there is something to find (exclusions alone find nothing)."""
        return bool(self.words or self.phrases)

    @property
    def wanted(self) -> tuple[str, ...]:
        """The words and phrases a result is expected to contain, for highlighting."""
        return self.words + self.phrases

    def search_query(self) -> SearchQuery | None:
        """The query for Wagtail's backends, Arabic words in their searched form (see portal/search_fields.py)."""
        if not self.searchable:
            return None
        if self.fuzzy and self.words and not (self.phrases or self.excluded):
            return Fuzzy(arabic_search_form(" ".join(self.words)), operator="and")
        parts: list[SearchQuery] = []
        if self.words:
            parts.append(self._words_query())
        parts += [Phrase(arabic_search_form(phrase)) for phrase in self.phrases]
        parts += [Not(_term(arabic_search_form(text))) for text in self.excluded]
        return parts[0] if len(parts) == 1 else And(parts)

    def _words_query(self) -> SearchQuery:
        """All the words (or `at_least` of them), each word or one of its alternates."""
        if 0 < self.at_least < len(self.words):
            groups = [self._all_of(group) for group in combinations(self.words, self.at_least)]
            return groups[0] if len(groups) == 1 else Or(groups)
        return self._all_of(self.words)

    def _all_of(self, words: tuple[str, ...]) -> SearchQuery:
        alternates = dict(self.alternates)
        plain = [word for word in words if word not in alternates]
        parts: list[SearchQuery] = [PlainText(arabic_search_form(" ".join(plain)), operator="and")] if plain else []
        for word in words:
            if word in alternates:
                parts.append(Or([_term(arabic_search_form(text)) for text in (word, *alternates[word])]))
        return parts[0] if len(parts) == 1 else And(parts)

    def with_words(self, words: tuple[str, ...]) -> "ParsedQuery":
        """The same query with other words (corrected ones), without alternates."""
        return replace(self, words=words, alternates=())

    def text(self) -> str:
        """The query written back: words, "phrases" and -exclusions."""
        excluded = [f'-"{text}"' if " " in text else f"-{text}" for text in self.excluded]
        return " ".join([*self.words, *(f'"{phrase}"' for phrase in self.phrases), *excluded])

    def exclusion_query(self) -> SearchQuery | None:
        """What an excluded result matches: any of the excluded words or phrases."""
        terms = [_term(arabic_search_form(text)) for text in self.excluded]
        if not terms:
            return None
        return terms[0] if len(terms) == 1 else Or(terms)

    def plain(self) -> str:
        """The wanted words alone, for a backend that cannot run the full query."""
        phrase_words = tuple(word for phrase in self.phrases for word in phrase.split())
        return arabic_search_form(" ".join(self.words + phrase_words))


def _term(text: str) -> SearchQuery:
    return Phrase(text) if " " in text else PlainText(text)


def parse_query(text: str) -> ParsedQuery:
    """Read a cleaned query (see `clean_query`)."""
    if text.count('"') % 2:  # an unbalanced quote: the last one is a typo
        cut = text.rindex('"')
        text = text[:cut] + " " + text[cut + 1 :]
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    for match in _PARTS.finditer(text):
        minus, quoted, token = match.groups()
        if token is None:
            phrase_words = _words(quoted)
            target = excluded if minus else (phrases if len(phrase_words) > 1 else words)
            if phrase_words:
                target.append(" ".join(phrase_words))
        elif token.upper() in OPERATORS:
            continue
        elif token.startswith("-") and _words(token):
            excluded.extend(_words(token))
        else:
            words.extend(_words(token))
    return ParsedQuery(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(phrases)), tuple(dict.fromkeys(excluded)))
