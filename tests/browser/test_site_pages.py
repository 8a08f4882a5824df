"""Every kind of page, in English, French and Arabic, on a wide screen and on a phone.

Each page must have one visible main heading, the language and direction of its language, nothing
wider than the screen, no serious or critical problem axe-core finds, no console error, and, in
French and Arabic, no interface text left in English (the project's catalogues say what is
interface text). The pages are the demo content's: one page of each Wagtail page type, and the
screens outside Wagtail, each seen by a visitor who can open it.
"""

import functools
import re
from dataclasses import dataclass, field

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page
from wagtail.models import Locale, get_page_models
from wagtail.models import Page as WagtailPage

from agenda import services as agenda_services
from agenda.models import EventPage, Registration
from conftest import require_service
from meetings.models import ParticipantProfile
from members.models import MemberOrganisation
from portal.tests.test_translations import CATALOGUES, PLACEHOLDER, catalogue_path
from tests.browser.test_accessibility import BLOCKING_IMPACTS, describe
from tests.factories import cluster
from tests.url_patterns import PROJECT_APPS

# They only read the demo content (see `demo_site`); the visitors' sessions are made once.
pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "ar")
WIDTHS = (1280, 390)
# The queries of the search pages: a word the demo content holds, and one no screen is wide enough for.
QUERIES = {"search-results": "CE3M", "search-long-word": "Mediterranean" * 23}

# The screens outside Wagtail's pages: URL name (or a page type's route) and who opens it.
# "participant" takes part in an event's B2B meetings; "registrant" has not registered for an
# event that asks questions, and sees its registration form.
SCREENS = {
    "member-directory": ("member_directory", "anonymous"),
    "member-page": ("member_profile", "anonymous"),
    "cluster-contact": ("cluster_contact", "participant"),
    "document-library": ("document_library", "anonymous"),
    "observatory": ("observatory:index", "anonymous"),
    "cluster-figures": ("observatory:cluster", "anonymous"),
    "search-results": ("search", "anonymous"),
    "search-long-word": ("search", "anonymous"),
    "login": ("account_login", "anonymous"),
    "signup": ("account_signup", "anonymous"),
    "registration-form": ("<EventPage>/register/", "registrant"),
    "my-events": ("my_events", "participant"),
    "b2b-profile": ("meetings:profile", "participant"),
    "b2b-requests": ("meetings:requests", "participant"),
    "b2b-agenda": ("meetings:agenda", "participant"),
    "account-profile": ("account_profile", "participant"),
    "refused": ("proposals:interests", "participant"),  # a partner manages no proposal: a 403
}
STATUS = {"refused": 403}


def page_types() -> list[str]:
    """The project's page types (the demo content must have a live page of each)."""
    return sorted(
        model.__name__
        for model in get_page_models()
        if model is not WagtailPage and model._meta.app_label in PROJECT_APPS and not model._meta.abstract
    )


KINDS = {**{name: (f"<{name}>/", "anonymous") for name in page_types()}, **SCREENS}


# Reading the pages.

LAYOUT = """() => {
  const root = document.documentElement;
  const visible = (element) => element.checkVisibility({visibilityProperty: true, opacityProperty: true});
  return {
    lang: root.lang,
    dir: root.dir,
    headings: [...document.querySelectorAll('h1')].filter(visible).map((h1) => h1.innerText.trim()),
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    wide: [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1) && visible(element);
    }).slice(0, 5).map((element) => element.outerHTML.slice(0, 120)),
  };
}"""

# What the visitor reads, piece by piece: each text shown, and the names and hints that fields and
# links carry. An interface string is a whole piece; the content quotes a short one only in passing.
INTERFACE_TEXTS = """() => {
  const texts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent.closest('script, style, template') && parent.checkVisibility()) texts.push(walker.currentNode.data);
  }
  const attributes = ['aria-label', 'placeholder', 'title', 'alt'];
  for (const element of document.querySelectorAll(attributes.map((name) => `[${name}]`).join(','))) {
    texts.push(...attributes.map((name) => element.getAttribute(name) || ''));
  }
  return texts.map((text) => text.replace(/\\s+/g, ' ').trim()).filter(Boolean);
}"""
LONG_STRING_WORDS = 4  # a string of that many words is interface text wherever it appears


def left_in_english(texts: list[str]) -> list[str]:
    pieces = {text.rstrip(" :.…“”«»(\"'") for text in texts}
    whole = " \n ".join(texts)
    return [
        string
        for string in english_interface_strings()
        if string in pieces or (len(string.split()) >= LONG_STRING_WORDS and string in whole)
    ]


def _literal_text(source: str) -> str:
    """The longest piece of `source` without placeholders or markup, spaces normalised, without
    the punctuation that ends it."""
    pieces = re.split(r"<[^>]*>|\n", PLACEHOLDER.sub("\n", source))
    return max((" ".join(piece.split()).rstrip(" :.…“”«»(\"'") for piece in pieces), key=len)


@functools.cache
def english_interface_strings() -> list[str]:
    """The project's interface strings of more than one word, which French and Arabic both translate.

    One that a translation keeps as it is is a name (an organisation's, say), which the content
    may quote too. A string with placeholders or markup counts by its longest literal piece.
    """
    kept: set[str] = set()
    strings: set[str] = set()
    for language in LANGUAGES[1:]:
        for app in CATALOGUES:
            for entry in polib.pofile(str(catalogue_path(language, app))):
                if entry.obsolete or not entry.msgid:
                    continue
                translated = set(entry.msgstr_plural.values()) if entry.msgid_plural else {entry.msgstr}
                for source in filter(None, (entry.msgid, entry.msgid_plural)):
                    text = _literal_text(source)
                    if source in translated:
                        kept.add(text)
                    elif " " in text and len(text) >= 8:
                        strings.add(text)
    return sorted(strings - kept)


# The demo content's pages and visitors.


def _translated_paths(page: WagtailPage, route: str = "") -> dict[str, str]:
    paths = {}
    for language in LANGUAGES:
        translated = page.get_translation_or_none(Locale.objects.get(language_code=language))
        assert translated is not None and translated.live, f"{page} has no live page in {language}"
        paths[language] = translated.url + route
    return paths


def _page_of_type(name: str, event: EventPage) -> WagtailPage:
    if name == "EventPage":
        return event  # the one with B2B meetings: the fullest event page
    model = next(model for model in get_page_models() if model.__name__ == name)
    pages = model.objects.live().filter(locale__language_code="en").order_by("path")
    page = pages.descendant_of(cluster("ce3m")).first() or pages.first()
    if page is None:
        pytest.fail(f"the demo content has no live {name}: this test cannot check that page type", pytrace=False)
    return page


def _registration(users) -> tuple[object, EventPage]:
    """An account that has not registered for an open event that asks questions, and the event."""
    events = [
        event
        for event in EventPage.objects.live().filter(locale__language_code="en").order_by("start")
        if event.questions.exists() and not agenda_services.registration_problem(event)
    ]
    for user in users:
        for event in events:
            if not Registration.objects.filter(event=event.registration_event, user=user).exists():
                return user, event
    pytest.fail("no demo account can register for an event that asks questions", pytrace=False)


def _screen_arguments(event_id: int) -> dict[str, dict[str, object]]:
    """The URL arguments of the screens that show one object: CE3M's, or the B2B meetings' event."""
    member = MemberOrganisation.objects.filter(cluster=cluster("ce3m")).order_by("pk").first()
    return {
        "member_profile": {"member_id": member.pk},
        "cluster_contact": {"slug": "ce3m"},
        "observatory:cluster": {"cluster": "ce3m"},
        **{name: {"event_id": event_id} for name in ("meetings:profile", "meetings:requests", "meetings:agenda")},
    }


def _screen_paths(key: str, url_name: str, arguments: dict[str, dict[str, object]]) -> dict[str, str]:
    paths = {}
    for language in LANGUAGES:
        with translation.override(language):
            paths[language] = reverse(url_name, kwargs=arguments.get(url_name))
    if key in QUERIES:
        paths = {language: f"{path}?q={QUERIES[key]}" for language, path in paths.items()}
    return paths


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Each kind of page's path in each language, and the accounts of the visitors."""
    with django_db_blocker.unblock():
        demo_partners = get_user_model().objects.filter(email__regex=r"^partner\d+@example\.org$").order_by("email")
        participant = ParticipantProfile.objects.filter(user__in=demo_partners).order_by("pk").first()
        event = participant.programme.event.specific
        registrant, open_event = _registration(demo_partners.filter(emailaddress__verified=True))
        arguments = _screen_arguments(participant.programme.event_id)
        paths = {}
        for key, (route, _role) in KINDS.items():
            if key == "registration-form":
                paths[key] = _translated_paths(open_event, "register/")
            elif route.startswith("<"):
                paths[key] = _translated_paths(_page_of_type(route.strip("<>/"), event))
            else:
                paths[key] = _screen_paths(key, route, arguments)
        accounts = {"participant": participant.user, "registrant": registrant}
    return {"paths": paths, "accounts": accounts}


@dataclass
class Visitor:
    """One visitor's browser tab, which goes from page to page, and the console errors it saw."""

    page: Page
    errors: list[str] = field(default_factory=list)

    def watch(self) -> "Visitor":
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        return self


@pytest.fixture(scope="module")
def visitors(browser, demo_site, site, django_db_blocker):
    """A browser tab for each visitor, logged in once (with a session made on the server)."""
    tabs, clients = {}, []
    with django_db_blocker.unblock():
        for role in ("anonymous", *site["accounts"]):
            context = browser.new_context(locale="en-GB")
            context.set_default_timeout(15_000)
            if role != "anonymous":
                client = Client()
                client.force_login(site["accounts"][role])
                cookie = client.cookies[settings.SESSION_COOKIE_NAME]
                context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": demo_site.url}])
                clients.append(client)
            tabs[role] = Visitor(context.new_page()).watch()
    yield tabs
    for visitor in tabs.values():
        visitor.page.context.close()
    with django_db_blocker.unblock():
        for client in clients:
            client.logout()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_page_reads_well_in_its_language_on_any_screen(demo_site, site, visitors, axe_source, kind, language):
    require_service("chromium")
    role = KINDS[kind][1]
    path = site["paths"][kind][language]
    visitor = visitors[role]
    visitor.errors.clear()
    page = visitor.page
    page.set_viewport_size({"width": WIDTHS[0], "height": 900})

    response = page.goto(f"{demo_site.url}{path}")

    assert response.status == STATUS.get(kind, 200), f"{path} answered {response.status}"
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        problems += [f"{width} px: {problem}" for problem in layout_problems(page, language)]
    # Once, on the phone's layout: axe-core's checks hardly depend on the screen's width.
    problems += accessibility_problems(page, axe_source)
    if language != "en":
        problems += [f"left in English: {string!r}" for string in left_in_english(page.evaluate(INTERFACE_TEXTS))]
    # Chromium reports a page answered with an error status as a console error: expected here.
    expected = f"the server responded with a status of {response.status}"
    problems += [f"console: {error}" for error in visitor.errors if response.status == 200 or expected not in error]
    assert not problems, f"{path} ({role}):\n" + "\n".join(problems)


def layout_problems(page, language: str) -> list[str]:
    layout = page.evaluate(LAYOUT)
    problems = []
    if len(layout["headings"]) != 1:
        problems.append(f"{len(layout['headings'])} visible <h1>: {layout['headings']}")
    if layout["lang"] != language:
        problems.append(f'<html lang="{layout["lang"]}">')
    if layout["dir"] != ("rtl" if language == "ar" else "ltr"):
        problems.append(f'<html dir="{layout["dir"]}">')
    if layout["scrollWidth"] > layout["clientWidth"] + 1:
        problems.append(f"{layout['scrollWidth']} px wide, wider than the screen: {layout['wide']}")
    return problems


def accessibility_problems(page, axe_source: str) -> list[str]:
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        # Evaluated by the browser's tools, which the page's Content-Security-Policy does not bind.
        page.evaluate(f"() => {{ {axe_source}\n }}")
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING_IMPACTS]
    return [describe(blocking)] if blocking else []
