"""The site header: on a phone its links fold behind a "Menu" toggle, so that the page comes first; on
a wide screen they show without one."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from conftest import require_service
from tests.browser.test_site_pages import accessibility_problems

# They only read the demo content (see `demo_site`); the signed-in session is made once.
pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}
MENU = {"en": "Menu", "ar": "القائمة"}
SEARCH = {"en": "Search", "fr": "Rechercher", "ar": "بحث"}
LANGUAGE_LINKS = ("English", "français", "العربيّة")
# Two filters of different facets, which the demo content's "cluster" results both have.
TWO_FILTERS = "type=practice&country=MA"

# The width of a search box's placeholder in its font, and the width the box has for text.
PLACEHOLDER_WIDTH_AND_ROOM = """(input) => {
  const font = getComputedStyle(input, '::placeholder');
  const context = document.createElement('canvas').getContext('2d');
  context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
  const style = getComputedStyle(input);
  const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
  return [context.measureText(input.placeholder).width, input.clientWidth - padding];
}"""


@pytest.fixture(scope="module")
def session_cookie(demo_site, django_db_blocker):
    """A session of a demo partner, made on the server, for tests that need to be signed in."""
    with django_db_blocker.unblock():
        client = Client()
        client.force_login(get_user_model().objects.get(email="partner1@example.org"))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    yield {"name": cookie.key, "value": cookie.value, "url": demo_site.url}
    with django_db_blocker.unblock():
        client.logout()


def toggle_state(page) -> dict:
    """The toggle's role, accessible name and expanded state in Chromium's accessibility tree."""
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument")["root"]
        node = cdp.send("DOM.querySelector", {"nodeId": root["nodeId"], "selector": ".site-menu > summary"})
        ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})["nodes"][0]
    finally:
        cdp.detach()
    properties = {item["name"]: item["value"].get("value") for item in ax.get("properties", [])}
    return {"role": ax["role"]["value"], "name": ax["name"]["value"], "expanded": properties.get("expanded")}


def bottom_of(locator) -> float:
    box = locator.bounding_box()
    return box["y"] + box["height"]


def header_links(page):
    header = page.locator("header.site-header")
    return {
        "navigation": header.locator(".site-nav a").first,
        "account": header.locator(".account-nav a").first,
        "languages": [header.locator(".language-switcher").get_by_role("link", name=name) for name in LANGUAGE_LINKS],
    }


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_signed_in_the_first_result_is_on_the_first_screen(
    demo_site, page, console_errors, session_cookie, language
):
    require_service("chromium")
    page.context.add_cookies([session_cookie])
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site.url}/{language}/search/?q=cluster&{TWO_FILTERS}")

    expect(page.locator(".search-active-filters a")).to_have_count(2)
    expect(page.locator(".site-menu > summary")).to_have_text(MENU[language])
    # The search page has its own form: the header's box is left out.
    expect(page.locator("#search-q")).to_be_visible()
    expect(page.locator("#site-search-q")).to_be_hidden()
    title = page.locator(".search-results > li h2").first
    expect(title).to_be_visible()
    assert bottom_of(title) <= PHONE["height"], f"the first result's title ends at {bottom_of(title)} px"

    # The account links are in the menu.
    page.locator(".site-menu > summary").click()
    expect(page.locator("header .account-nav").get_by_role("button")).to_be_visible()
    assert console_errors == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_the_menu_opens_on_the_navigation_and_languages(
    demo_site, page, console_errors, axe_source, language
):
    require_service("chromium")
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site.url}/{language}/")

    links = header_links(page)
    for link in (links["navigation"], links["account"], *links["languages"]):
        expect(link).to_be_hidden()
    expect(page.locator("#site-search-q")).to_be_visible()
    toggle = page.locator(".site-menu > summary")
    assert toggle_state(page) == {"role": "DisclosureTriangle", "name": MENU[language], "expanded": False}
    # On the brand's line, at its end: on the right in English, on the left in Arabic.
    brand = page.locator(".site-header__brand").bounding_box()
    box = toggle.bounding_box()
    assert box["y"] < brand["y"] + brand["height"] and brand["y"] < box["y"] + box["height"]
    if language == "ar":
        assert box["x"] + box["width"] < brand["x"]
    else:
        assert box["x"] > brand["x"] + brand["width"]

    # With the keyboard: Tab reaches the toggle, Enter opens it.
    page.locator(".site-header__brand").focus()
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    assert toggle_state(page)["expanded"] is True
    for link in (links["navigation"], links["account"], *links["languages"]):
        expect(link).to_be_visible()
    assert page.locator(".site-nav a").count() >= 5
    assert accessibility_problems(page, axe_source) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]

    page.keyboard.press("Enter")
    expect(links["navigation"]).to_be_hidden()
    assert console_errors == []


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_on_a_phone_the_header_search_box_shows_its_whole_placeholder(demo_site, page, language):
    require_service("chromium")
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site.url}/{language}/")

    box = page.locator("#site-search-q")
    expect(box).to_be_visible()
    # The button shows an icon, and is named by its hidden text.
    expect(page.locator(".site-search__icon")).to_be_visible()
    expect(page.locator(".site-search button")).to_have_accessible_name(SEARCH[language])
    text_width, room = page.evaluate(PLACEHOLDER_WIDTH_AND_ROOM, box.element_handle())
    assert text_width <= room, f"the placeholder takes {text_width:.0f} px of {room:.0f}"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_on_a_wide_screen_the_header_search_box_shows_its_whole_placeholder(demo_site, page, language):
    require_service("chromium")
    page.set_viewport_size(WIDE)
    page.goto(f"{demo_site.url}/{language}/")

    text_width, room = page.evaluate(PLACEHOLDER_WIDTH_AND_ROOM, page.locator("#site-search-q").element_handle())
    assert text_width <= room, f"the placeholder takes {text_width:.0f} px of {room:.0f}"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_wide_screen_the_navigation_shows_without_a_toggle(demo_site, page, session_cookie, language):
    require_service("chromium")
    page.context.add_cookies([session_cookie])
    page.set_viewport_size(WIDE)
    page.goto(f"{demo_site.url}/{language}/search/?q=cluster&{TWO_FILTERS}")

    expect(page.locator(".site-menu > summary")).to_be_hidden()
    links = header_links(page)
    for link in (links["navigation"], links["account"], *links["languages"]):
        expect(link).to_be_visible()
    expect(page.locator(".site-nav a").last).to_be_visible()
    expect(page.locator("#site-search-q")).to_be_visible()
    expect(page.locator("#site-search-q")).to_have_value("cluster")
    expect(page.locator(".site-search button")).to_have_text(SEARCH[language])
    expect(page.locator(".site-search__icon")).to_be_hidden()
    # The navigation follows the brand on its line.
    brand = page.locator(".site-header__brand").bounding_box()
    navigation = page.locator(".site-nav").bounding_box()
    assert abs((navigation["y"] + navigation["height"] / 2) - (brand["y"] + brand["height"] / 2)) < brand["height"]
