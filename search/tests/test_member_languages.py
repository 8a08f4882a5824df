"""Member organisations count under the languages they describe themselves in, and a language filter
keeps those written in it, on the database and on the search server alike."""

from wagtail.models import Locale

from members.models import MemberOrganisation
from search.results import search_portal

from .test_scale import add_members, index_members, remove_from_search_server

WORD = "zorbulant"


def counts(found, name: str) -> dict[str, int]:
    return {option.value: option.count for option in found.facets[name]}


def titles(found) -> set[str]:
    return {row.title for row in found.results}


def test_members_are_counted_and_kept_by_the_languages_of_their_descriptions(demo, searcher):
    english, french, arabic, silent = add_members(4, WORD)
    english.description = f"A {WORD} maker."
    french.description, french.description_fr = f"A {WORD} maker.", f"Un fabricant {WORD}."
    arabic.description, arabic.description_ar = "", f"مصنع {WORD}."
    silent.description = ""  # found by its name below
    for member, name in ((english, "English"), (french, "French"), (arabic, "Arabic"), (silent, f"{WORD} Silent")):
        member.name = name
    MemberOrganisation.objects.bulk_update(
        [english, french, arabic, silent], ["name", "description", "description_fr", "description_ar"]
    )
    try:
        index_members([english, french, arabic, silent])  # again, with their new names and descriptions
        en = Locale.objects.get(language_code="en")

        found = search_portal(WORD, locale=en, searcher=searcher)
        assert titles(found) == {"English", "French", "Arabic", f"{WORD} Silent"}
        assert counts(found, "language") == {"en": 3, "fr": 1, "ar": 1}  # no description: the default language

        in_french = search_portal(WORD, locale=en, filters={"language": ["fr"]}, searcher=searcher)
        assert titles(in_french) == {"French"}
        assert counts(in_french, "language") == {"en": 3, "fr": 1, "ar": 1}
        assert counts(in_french, "country") == {"MA": 1}  # the English one is in Tunisia, the French one in Morocco
        in_arabic_or_french = search_portal(WORD, locale=en, filters={"language": ["ar", "fr"]}, searcher=searcher)
        assert titles(in_arabic_or_french) == {"French", "Arabic"}
        tunisian_in_english = search_portal(
            WORD, locale=en, filters={"language": ["en"], "country": ["TN"]}, searcher=searcher
        )
        assert titles(tunisian_in_english) == {"English"}
        assert counts(tunisian_in_english, "language") == {"en": 1}

        for_a_french_reader = search_portal(WORD, locale=Locale.objects.get(language_code="fr"), searcher=searcher)
        snippets = {row.title: row.snippet for row in for_a_french_reader.results}
        assert snippets["French"] == f"Un fabricant {WORD}."  # its French description
        assert snippets["English"] == f"A {WORD} maker."  # it has no other
    finally:
        remove_from_search_server([english, french, arabic, silent])


def test_a_member_is_found_by_the_words_of_its_arabic_description_with_or_without_articles(demo, searcher):
    [member] = add_members(1, WORD)
    member.name, member.description_ar = "Câblage Test", "حزم الأسلاك وتجميعات الكابلات، تُقولب في غرفة نظيفة."
    member.save()
    try:
        index_members([member])
        ar = Locale.objects.get(language_code="ar")
        for words in ("الكابلات", "كابلات", "الأسلاك", "تقولب", "تُقولب", "غرفة نظيفة"):
            found = search_portal(words, locale=ar, searcher=searcher)
            assert "Câblage Test" in titles(found), words
    finally:
        remove_from_search_server([member])
