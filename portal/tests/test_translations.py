"""The French and Arabic catalogues: complete, well-formed, really translated, and used by the pages."""

import gettext
import io
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test.signals import setting_changed  # importing it registers Django's test receivers
from django.utils import translation

LANGUAGES = ["fr", "ar"]
# The project's catalogue (locale/) and the apps' own.
CATALOGUES = ["", "agenda", "documents", "meetings", "proposals", "news", "following", "observatory", "search"]
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "ar": (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
        "n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;"
    ),
}
# Entries that come only from here are proper nouns, which may read the same in French.
PROPER_NOUN_SOURCES = {"portal/countries.py"}
SKIP_TO_CONTENT = {"fr": "Aller au contenu", "ar": "انتقل إلى المحتوى"}
MENU_TOGGLE = {"en": "Menu", "fr": "Menu", "ar": "القائمة"}

PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}")
LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W\d_]{2,}")
ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3]")


def catalogue_path(language: str, app: str = "") -> Path:
    return Path(settings.BASE_DIR) / app / "locale" / language / "LC_MESSAGES" / "django.po"


def load(language: str, app: str = "") -> polib.POFile:
    return polib.pofile(str(catalogue_path(language, app)))


def entries(language: str, app: str = "") -> list[polib.POEntry]:
    return [entry for entry in load(language, app) if not entry.obsolete and entry.msgid]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("%%", "")))


def translations_of(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def label(entry: polib.POEntry) -> str:
    return entry.msgid if len(entry.msgid) <= 60 else entry.msgid[:57] + "…"


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """Compile stale or missing .mo files, so that plain `pytest` sees the current translations."""
    call_command("compile_translations", stdout=io.StringIO())
    # Forget catalogues an earlier test may have loaded before this compilation (Django's test
    # signal handler for LOCALE_PATHS does exactly that).
    setting_changed.send(sender=None, setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=True)


@pytest.mark.parametrize("app", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_header(app, language):
    catalogue = load(language, app)
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == language
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert " ".join(catalogue.metadata["Plural-Forms"].split()) == PLURAL_FORMS[language]


@pytest.mark.parametrize("app", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(app, language):
    assert entries(language, app), "the catalogue is empty: run makemessages (see locale/README.md)"
    untranslated = [label(entry) for entry in entries(language, app) if not all(translations_of(entry))]
    assert untranslated == []


@pytest.mark.parametrize("app", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_fuzzy(app, language):
    assert [label(entry) for entry in entries(language, app) if "fuzzy" in entry.flags] == []


@pytest.mark.parametrize("app", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(app, language):
    catalogue = load(language, app)
    plural = gettext.c2py(catalogue.metadata["Plural-Forms"].split("plural=", 1)[1].rstrip("; "))
    numbers_per_form: dict[int, set[int]] = {}
    for n in range(1000):
        numbers_per_form.setdefault(plural(n), set()).add(n)
    mismatches = []
    for entry in entries(language, app):
        expected = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
        for index, text in enumerate(translations_of(entry)):
            required = expected
            if entry.msgid_plural:
                numbers = numbers_per_form.get(index, set())
                if len(numbers) == 1:
                    # A form for a single number may leave the number out (“نتيجتان”), as msgfmt -c allows.
                    required = set()
                elif 1 in numbers:
                    # The form that serves n = 1 follows the English singular (“See this member…”).
                    required = placeholders(entry.msgid)
            found = placeholders(text)
            if not required <= found <= expected:
                mismatches.append((label(entry), index, sorted(expected), sorted(found)))
    assert mismatches == []


@pytest.mark.parametrize("app", CATALOGUES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_entries_are_translated_rather_than_copied(app, language):
    """An English copy fails; single words that may read the same (“Mission”, “Date”) and proper nouns do not."""
    words = []
    for entry in entries(language, app):
        if len(WORD.findall(PLACEHOLDER.sub("", entry.msgid))) < 2:
            continue
        if entry.occurrences and {path for path, _line in entry.occurrences} <= PROPER_NOUN_SOURCES:
            continue
        words.append(entry)
    copies = [
        label(entry)
        for entry in words
        if any(text in (entry.msgid, entry.msgid_plural) for text in translations_of(entry))
    ]
    assert len(copies) <= 0.1 * len(words), f"{len(copies)} of {len(words)} entries read as in English: {copies}"


@pytest.mark.parametrize("app", CATALOGUES)
def test_arabic_entries_are_written_in_arabic(app):
    latin_only = [
        label(entry)
        for entry in entries("ar", app)
        if len(LETTER.findall(PLACEHOLDER.sub("", entry.msgid))) >= 3
        and not all(ARABIC_LETTER.search(text) for text in translations_of(entry))
    ]
    assert latin_only == []


def test_arabic_plural_forms_are_all_used():
    """0, 1, 2, 3–10, 11–99 and 100+ each take their own form of the compiled catalogue."""
    entry = next(entry for entry in entries("ar", "search") if entry.msgid == "%(counter)s result")
    with translation.override("ar"):
        forms = [translation.ngettext(entry.msgid, entry.msgid_plural, n) for n in (0, 1, 2, 5, 11, 100)]
    assert forms == [entry.msgstr_plural[index] for index in range(6)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_layout_is_translated(client, demo, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language
    assert page.html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert page.select_one("a.skip-link").get_text(strip=True) == SKIP_TO_CONTENT[language]
    text = page.get_text(" ", strip=True)
    for english in ("Log in", "Sign up", "Search", "Open data (API)", "Member clusters"):
        with translation.override(language):
            translated = translation.gettext(english)
        assert translated != english
        assert translated in text


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_header_menu_toggle_is_translated(client, demo, language):
    response = client.get(f"/{language}/")
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("header details.site-menu > summary").get_text(strip=True) == MENU_TOGGLE[language]


def test_arabic_page_has_rtl_root(client, demo):
    response = client.get("/ar/")
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/fr/clusters/ce3m/", "Chiffres clés"),
        ("/ar/clusters/ce3m/", "أرقام رئيسية"),
        ("/ar/accounts/login/", "تسجيل الدخول"),
        ("/fr/search/?q=zzzqqq", "Aucun résultat pour"),
    ],
)
def test_pages_show_translated_strings(client, demo, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize(
    ("language", "admin_menu", "pagination"), [("fr", "Pages", "Pagination"), ("ar", "صفحات", "التنقل بين الصفحات")]
)
def test_the_pagination_label_leaves_the_admins_pages_menu_alone(language, admin_menu, pagination):
    """The portal's word for a list's page links has a context of its own: it must not replace what
    Wagtail's admin menu calls the site's pages."""
    with translation.override(language):
        assert translation.pgettext("pagination", "Pages") == pagination
        assert translation.gettext("Pages") == admin_menu
