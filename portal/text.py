"""Text keys that set accents and case aside."""

import unicodedata


def fold(text: object) -> str:
    """`text` without accents and case: “Électronique” gives “electronique”. A key for sorting and
    for comparing names people type in different ways."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
