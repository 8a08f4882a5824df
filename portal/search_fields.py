"""Each page's text analysed by its own language's analyser.

A page's title and text are indexed a second time in fields of its language (`search_title_fr`,
`search_text_fr`…), empty in the other languages' fields. On a search server each of these fields
uses the analyser of its language (stemming, stop words, elision, Arabic normalisation), defined in
`INDEX_SETTINGS` (portal/settings/base.py) and named in the field's `es_extra`; searches look in all
of them (search/backends), so a query finds pages of every language. The database backends have
one analyser for everything: there, Arabic text and queries are normalised here in Python, so that
"مؤسسة" and "موسسه" find the same pages, and the article is taken off ("الطائرات" finds "طائرات").
"""

import re
from typing import Any, ClassVar

from django.utils.html import strip_tags
from wagtail.search import index

# Language code → analyser name in INDEX_SETTINGS.
LANGUAGE_ANALYZERS = {"en": "english_stemmed", "fr": "french_stemmed", "ar": "arabic_normalised"}
LANGUAGE_FIELD_WEIGHTS = {"title": 3.0, "text": 1.0}

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, tatweel
_ARABIC_ARTICLE = re.compile(r"(?<!\w)(?:وال|بال|فال|كال|لل|ال)(?=[\u0621-\u064a]{3})")
_ARABIC_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def without_arabic_marks(text: str) -> str:
    """Arabic text without its short vowels and tatweel, which are not letters: a word written with them
    is one word."""
    return _ARABIC_DIACRITICS.sub("", text)


def normalise_arabic(text: str) -> str:
    """Arabic letters written in one form: alef with hamza or madda as alef, ta marbuta as ha, hamza
    on waw or ya as the bare letter, alef maqsura as ya; short vowels and tatweel removed. Other
    scripts are left as they are."""
    return _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTER_FORMS)


def arabic_search_form(text: str) -> str:
    """Arabic words as the database backends compare them: letter forms normalised, and the article
    (with a conjunction or preposition joined to it: و، ب، ف، ك، ل) removed from words it begins."""
    # The article goes first: once "إ" is written "ا", "إلكترونيات" would look like it began with one.
    return normalise_arabic(_ARABIC_ARTICLE.sub("", _ARABIC_DIACRITICS.sub("", text)))


def arabic_searchable(text: str) -> str:
    """Arabic text as it is indexed: its letter forms normalised, then again without the articles. A
    search server stems the first itself; the database backends find the second, which is how they
    compare queries (`arabic_search_form`)."""
    normalised, searched = normalise_arabic(text), arabic_search_form(text)
    return normalised if searched == normalised else f"{normalised} {searched}"


def language_field_name(part: str, language: str) -> str:
    return f"search_{part}_{language}"


def language_search_fields() -> list[index.SearchField]:
    """The per-language fields of a page model using `LanguageSearchMixin`, for its `search_fields`.

    They stay out of the catch-all field (`include_in_all`): the page's own fields already feed it.
    """
    return [
        index.SearchField(language_field_name(part, language), es_extra={"analyzer": analyzer, "include_in_all": False})
        for language, analyzer in LANGUAGE_ANALYZERS.items()
        for part in LANGUAGE_FIELD_WEIGHTS
    ]


class LanguageSearchMixin:
    """Gives a page model the per-language search fields: its title, and the text of the fields named
    in `language_search_text_fields`, in the fields of its own language only."""

    language_search_text_fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Wagtail names a field after the model that defines it: each page model defines its own.
        super().__init_subclass__(**kwargs)
        for field in language_search_fields():
            setattr(cls, field.field_name, LanguageSearchMixin.__dict__[field.field_name])

    def language_search_value(self, part: str, language: str) -> str:
        page: Any = self
        if page.locale.language_code != language:
            return ""
        if part == "title":
            text = page.title
        else:
            text = " ".join(strip_tags(str(getattr(page, name, "") or "")) for name in self.language_search_text_fields)
        text = " ".join(text.split())
        if language != "ar":
            return text
        return arabic_searchable(text)

    def search_title_en(self) -> str:
        return self.language_search_value("title", "en")

    def search_text_en(self) -> str:
        return self.language_search_value("text", "en")

    def search_title_fr(self) -> str:
        return self.language_search_value("title", "fr")

    def search_text_fr(self) -> str:
        return self.language_search_value("text", "fr")

    def search_title_ar(self) -> str:
        return self.language_search_value("title", "ar")

    def search_text_ar(self) -> str:
        return self.language_search_value("text", "ar")
