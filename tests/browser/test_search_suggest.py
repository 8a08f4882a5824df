"""Suggestions in the header search box: typed, chosen with the keyboard, in the page's language."""

import re

import pytest
from playwright.sync_api import expect

from conftest import require_service

# They only read the demo content (see `demo_site`).
pytestmark = pytest.mark.django_db


def suggestions(page):
    return page.locator("#site-search-q-suggestions")


def test_type_then_choose_a_suggestion_with_the_keyboard(demo_site, page, console_errors):
    require_service("chromium")
    page.goto(f"{demo_site.url}/en/")
    box = page.get_by_role("combobox", name="Search the portal")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("valb", delay=40)
    listbox = suggestions(page)
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option", name="Valbiom")
    expect(option).to_be_visible()

    box.press("ArrowDown")
    expect(listbox.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    chosen_id = listbox.get_by_role("option").first.get_attribute("id")
    expect(box).to_have_attribute("aria-activedescendant", chosen_id)
    expect(box).to_be_focused()

    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/clusters/valbiom/$"))
    expect(page.locator("h1")).to_contain_text("Valbiom")
    assert console_errors == []


def test_escape_closes_and_enter_then_searches(demo_site, page, console_errors):
    require_service("chromium")
    page.goto(f"{demo_site.url}/en/clusters/")
    box = page.locator("#site-search-q")
    box.press_sequentially("CE3", delay=40)
    expect(suggestions(page).get_by_role("option", name="CE3M", exact=True)).to_be_visible()

    box.press("Escape")
    expect(suggestions(page)).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("Enter")  # no suggestion chosen: the form searches as without the script
    expect(page).to_have_url(re.compile(r"/en/search/\?q=CE3$"))
    assert console_errors == []


def test_suggestions_are_titles_in_the_pages_language_right_to_left(demo_site, page, console_errors):
    require_service("chromium")
    page.goto(f"{demo_site.url}/ar/")
    box = page.locator("#site-search-q")
    box.press_sequentially("فالب", delay=40)
    option = suggestions(page).get_by_role("option", name="فالبيوم")
    expect(option).to_be_visible()
    # The list opens from the box's start edge, the right in Arabic.
    box_right = page.evaluate("() => document.querySelector('#site-search-q').getBoundingClientRect().right")
    list_right = page.evaluate(
        "() => document.querySelector('#site-search-q-suggestions').getBoundingClientRect().right"
    )
    assert abs(box_right - list_right) < 2
    option.click()
    expect(page).to_have_url(re.compile(r"/ar/clusters/valbiom/$"))
    assert console_errors == []
