"""The words of the indexed titles and names, and "did you mean" from them.

The vocabulary (`IndexedWord`) holds the words of live page titles in every language, of member
organisations' names, capabilities, cities and countries (in English, French and Arabic), and of
the sectors, themes and challenges. A word of a query that is not in it is corrected to the nearest
word that is, by edit distance: one edit for words of 5 to 7 letters, two from 8 letters; shorter
words are left alone. On PostgreSQL the candidates are the words of similar trigrams (pg_trgm); on
other databases, the words of similar length.

It is kept current three ways: the words of an object are added when it is saved, `update_index`
rebuilds it, and so does the `search-vocabulary-rebuild` beat entry (so removed words go too).
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, models, transaction
from django.db.models.functions import Length
from django.db.models.signals import post_save
from django.utils import translation
from wagtail.models import Page

from clusters.taxonomy import Term
from members.models import MemberOrganisation
from portal.countries import COUNTRY_CHOICES
from portal.search_fields import arabic_search_form

from .models import IndexedWord

MIN_LENGTH = 3
MAX_LENGTH = 60
CORRECTED_FROM = 5  # shorter words are not corrected
TWO_EDITS_FROM = 8
COMPLETED_FROM = 4  # shorter beginnings of words are not completed
TRIGRAM_CANDIDATES = 50
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def vocabulary_words(text: str) -> list[str]:
    """The words of a text as the vocabulary keeps them: lower case, Arabic in its searched form."""
    words = _WORD.findall(arabic_search_form(text).casefold())
    return [word for word in words if MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit()]


def term_models() -> list[type[Term]]:
    """The taxonomies named in three languages: sectors, themes, challenges…"""
    return [model for model in apps.get_models() if issubclass(model, Term)]


def _indexed_texts() -> Iterator[str]:
    yield from Page.objects.live().public().exclude(depth__lte=1).values_list("title", flat=True)
    for member in MemberOrganisation.objects.prefetch_related("capabilities"):
        yield from _member_texts(member)
    for model in term_models():
        for names in model.objects.values_list("name_en", "name_fr", "name_ar"):
            yield from names
    for _code, label in COUNTRY_CHOICES:
        for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            with translation.override(language):
                yield str(label)
    yield from apps.get_model("clusters", "ClusterPage").objects.live().values_list("city", flat=True)


def _member_texts(member: MemberOrganisation) -> list[str]:
    return [member.name, member.city, *(tag.name for tag in member.capabilities.all())]


def rebuild_vocabulary() -> int:
    """Recount the vocabulary from what is indexed now; returns how many words it holds."""
    counts: Counter[str] = Counter()
    for text in _indexed_texts():
        counts.update(set(vocabulary_words(text or "")))
    with transaction.atomic():
        IndexedWord.objects.all().delete()
        IndexedWord.objects.bulk_create([IndexedWord(word=word, count=count) for word, count in counts.items()])
    return len(counts)


def add_words(texts: Iterable[str]) -> None:
    """Add the words of new or changed titles and names (their counts wait for the next rebuild)."""
    words = {word for text in texts for word in vocabulary_words(text or "")}
    IndexedWord.objects.bulk_create([IndexedWord(word=word) for word in words], ignore_conflicts=True)


def _add_words_on_save(sender: type[models.Model], instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    if isinstance(instance, Page):
        texts = [instance.title] if instance.live else []
    elif isinstance(instance, MemberOrganisation):
        texts = [instance.name, instance.city]
    else:
        texts = [instance.name_en, instance.name_fr, instance.name_ar]
    if texts:
        transaction.on_commit(lambda: add_words(texts))


def connect_signals() -> None:
    post_save.connect(_add_words_on_save, dispatch_uid="vocabulary-member", sender=MemberOrganisation)
    for model in [*term_models(), *(model for model in apps.get_models() if issubclass(model, Page))]:
        post_save.connect(_add_words_on_save, dispatch_uid=f"vocabulary-{model._meta.label}", sender=model)


# "Did you mean"


def edit_distance(first: str, second: str) -> int:
    """Levenshtein distance: the fewest insertions, deletions and substitutions from one to the other."""
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def allowed_edits(word: str) -> int:
    if len(word) < CORRECTED_FROM:
        return 0
    return 1 if len(word) < TWO_EDITS_FROM else 2


def _candidates(word: str, edits: int) -> list[tuple[str, int]]:
    words = IndexedWord.objects.annotate(length=Length("word")).filter(
        length__gte=len(word) - edits, length__lte=len(word) + edits
    )
    if connection.vendor == "postgresql":
        words = words.annotate(similarity=TrigramSimilarity("word", word)).order_by("-similarity")
        words = words[:TRIGRAM_CANDIDATES]
    return list(words.values_list("word", "count"))


def ensure_vocabulary() -> None:
    """Build the vocabulary if it was never built (a new site, a test database)."""
    if not IndexedWord.objects.exists():
        rebuild_vocabulary()


def correct_word(word: str) -> str | None:
    """The indexed word nearest to `word`, if `word` is not indexed and one is near enough."""
    words = vocabulary_words(word)
    if len(words) != 1:
        return None
    searched = words[0]
    if IndexedWord.objects.filter(word=searched).exists():
        return None
    edits = allowed_edits(searched)
    scored = [
        (distance, -count, candidate)
        for candidate, count in (_candidates(searched, edits) if edits else [])
        if (distance := edit_distance(searched, candidate)) <= edits
    ]
    return min(scored)[2] if scored else _completion(searched)


def _completion(word: str) -> str | None:
    """The most frequent indexed word that `word` begins ("valb" → "valbiom"), as suggestions offer it."""
    if len(word) < COMPLETED_FROM:
        return None
    found = IndexedWord.objects.filter(word__startswith=word).order_by("-count", "word")
    return found.values_list("word", flat=True).first()


def corrections(words: Iterable[str]) -> dict[str, str]:
    """The words of a query that have a correction, with it."""
    ensure_vocabulary()
    found = {word: correct_word(word) for word in words}
    return {word: fixed for word, fixed in found.items() if fixed}
