"""A result's snippet: a passage of its text around the first word searched, the words marked.

Words match whatever their case, accents or Arabic letter forms, and by their beginning ("prototype"
marks "prototypes" and "prototyping"), close to what the backends' analysers find; a quoted phrase
is marked where its words follow each other. The passage is escaped before it is marked, so nothing
from the content or the query reaches the page as HTML.
"""

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from portal.search_fields import normalise_arabic
from portal.text import fold

SNIPPET_LENGTH = 200
LEAD = 60  # characters kept before the first match
_TOKEN = re.compile(r"\w+")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", "؟", "؛", "،", ",")
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|div|br|blockquote|tr|td|th|hr)\b[^>]*>", re.IGNORECASE)
_ARABIC_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال)(?=\w{3})")


@dataclass(frozen=True)
class Snippet:
    text: str  # plain text, at most SNIPPET_LENGTH characters
    html: SafeString  # the same, escaped, with <mark> around the words searched


def plain_text(value: str) -> str:
    """Text without its markup, blocks (paragraphs, list items, headings) apart: a block that does not
    end a sentence is followed by " · ", so that list items do not read as one sentence. Entities of rich
    text ("R&amp;D") are read as characters."""
    blocks = (" ".join(html.unescape(strip_tags(block)).split()) for block in _BLOCK_TAG.split(value or ""))
    text = ""
    for block in filter(None, blocks):
        text += ("" if not text else " " if text.endswith(_SENTENCE_ENDS) else " · ") + block
    return text


def _key(word: str) -> str:
    """A word reduced for comparison: lower case, no accents, Arabic letter forms and article removed."""
    return _ARABIC_ARTICLE.sub("", fold(normalise_arabic(word)))


def _stem(key: str) -> str:
    """The beginning a word must share with a searched word: all of a short word, most of a long one."""
    return key if len(key) <= 4 else key[: max(4, len(key) - 3)]


def _matches(token_key: str, searched_key: str) -> bool:
    return token_key.startswith(_stem(searched_key))


def _marked_spans(text: str, searched: Sequence[str]) -> list[tuple[int, int]]:
    tokens = [(match.start(), match.end(), _key(match.group())) for match in _TOKEN.finditer(text)]
    terms = [[_key(word) for word in _TOKEN.findall(item)] for item in searched]
    spans = []
    for index in range(len(tokens)):
        for term in terms:
            window = tokens[index : index + len(term)]
            if not term or len(window) != len(term):
                continue
            if all(_matches(token[2], key) for token, key in zip(window, term, strict=True)):
                spans.append((window[0][0], window[-1][1]))
                break
    return spans


def _window(text: str, start: int) -> tuple[int, int]:
    """The passage to show: from a little before `start` (at a word boundary) for SNIPPET_LENGTH characters."""
    begin = 0 if start <= LEAD else text.rfind(" ", 0, start - LEAD + 1) + 1
    end = min(len(text), begin + SNIPPET_LENGTH - (1 if begin else 0))
    if end < len(text):
        end -= 1  # room for the ellipsis
        space = text.rfind(" ", begin, end)
        end = space if space > begin + SNIPPET_LENGTH // 2 else end
    return begin, end


def make_snippet(texts: Iterable[str], searched: Sequence[str]) -> Snippet:
    """The passage around the first match in the first of `texts` that has one (else the start of the first)."""
    candidates = [text for text in (plain_text(value) for value in texts) if text]
    if not candidates:
        return Snippet("", mark_safe(""))
    chosen, spans = candidates[0], []
    for text in candidates:
        found = _marked_spans(text, searched) if searched else []
        if found:
            chosen, spans = text, found
            break
    begin, end = _window(chosen, spans[0][0] if spans else 0)
    prefix, suffix = ("…" if begin else ""), ("…" if end < len(chosen) else "")
    marked, position = [escape(prefix)], begin
    for start, stop in spans:
        if start < position or stop > end:
            continue
        marked += [escape(chosen[position:start]), "<mark>", escape(chosen[start:stop]), "</mark>"]
        position = stop
    marked += [escape(chosen[position:end]), escape(suffix)]
    return Snippet(prefix + chosen[begin:end] + suffix, mark_safe("".join(marked)))  # noqa: S308 - escaped above
