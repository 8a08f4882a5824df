"""Text keys that set accents and case aside, and the control characters nobody types."""

import re
import unicodedata

# C0 control characters except tab, line feed and carriage return, and DEL: databases refuse NUL
# in text, and no person types any of them.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(text: str) -> bool:
    return CONTROL_CHARACTERS.search(text) is not None


def fold(text: object) -> str:
    """`text` without accents and case: “Électronique” gives “electronique”. A key for sorting and
    for comparing names people type in different ways."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
