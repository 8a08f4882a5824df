"""Lists written in a sentence, with the comma of the reader's language."""

from collections.abc import Iterable

from django.utils.translation import pgettext


def join_list(items: Iterable[object]) -> str:
    """`items` one after the other, as the active language separates them: “Tunis, Tunisia” in
    English and French, “تونس، تونس” in Arabic."""
    # Translators: what separates the items of a list in a sentence, its space included (Arabic: "، ").
    separator = pgettext("list separator", ", ")
    return separator.join(str(item) for item in items)
