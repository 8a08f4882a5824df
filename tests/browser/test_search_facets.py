"""The search page's facets: folded behind a toggle on a phone, so the results come first; beside
the results, open, on a wide screen."""

import pytest
from playwright.sync_api import expect

from conftest import require_service

# They only read the demo content (see `demo_site`).
pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}
TOGGLE = {"en": "Filters", "ar": "عوامل التصفية"}


def top_of(page, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_the_first_result_is_on_the_first_screen(demo_site, page, console_errors, language):
    require_service("chromium")
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site.url}/{language}/search/?q=cluster")

    first_result = page.locator(".search-results > li").first
    expect(first_result).to_be_visible()
    assert top_of(page, ".search-results > li") < PHONE["height"]
    options = page.locator(".search-facet__option")
    assert options.count() > 20
    expect(options.first).to_be_hidden()

    toggle = page.locator(".search-facets summary")
    expect(toggle).to_have_text(TOGGLE[language])
    assert top_of(page, ".search-facets summary") < top_of(page, ".search-results > li")
    toggle.click()
    expect(options.first).to_be_visible()
    assert console_errors == []


def test_on_a_phone_the_toggle_counts_the_chosen_filters_and_results_stay_first(demo_site, page):
    require_service("chromium")
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_site.url}/en/search/?q=cluster&type=practice")

    expect(page.locator(".search-facets summary")).to_have_text("Filters (1)")
    expect(page.get_by_role("link", name="Remove filter: Best practices")).to_be_visible()
    assert top_of(page, ".search-results > li") < PHONE["height"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_wide_screen_the_facets_are_open_beside_the_results(demo_site, page, language):
    require_service("chromium")
    page.set_viewport_size(WIDE)
    page.goto(f"{demo_site.url}/{language}/search/?q=cluster")

    expect(page.locator(".search-facets summary")).to_be_hidden()
    expect(page.locator(".search-facets h2")).to_be_visible()
    options = page.locator(".search-facet__option")
    for index in (0, options.count() - 1):
        expect(options.nth(index)).to_be_visible()
    facets = page.locator(".search-facets").bounding_box()
    results = page.locator(".search-results").bounding_box()
    assert abs(facets["y"] - top_of(page, ".search-main")) < 1
    # At the start of the line: on the left in English, on the right in Arabic.
    if language == "ar":
        assert facets["x"] > results["x"] + results["width"]
    else:
        assert facets["x"] + facets["width"] < results["x"]
