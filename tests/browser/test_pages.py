"""What a visitor sees on the home page in each language, and the language switcher."""

import re

import pytest
from playwright.sync_api import expect

from conftest import require_service

# They only read the demo content (see `demo_site`).
pytestmark = pytest.mark.django_db

CLUSTERS = {
    "en": ["CE3M", "Menara", "MDFC", "Valbiom", "Textile Technique du Sahel", "QOOT"],
    "fr": ["CE3M", "Menara", "MDFC", "Valbiom", "Textile Technique du Sahel", "QOOT"],
    "ar": ["CE3M", "منارة", "MDFC", "فالبيوم", "النسيج التقني بالساحل", "قوت"],
}


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_home_page_in_each_language(demo_site, page, console_errors, language, direction):
    require_service("chromium")
    response = page.goto(f"{demo_site.url}/{language}/")

    assert response.status == 200
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_have_count(1)
    cards = page.locator("section[aria-labelledby=clusters-heading] .card__title")
    expect(cards).to_have_count(len(CLUSTERS[language]))
    for name in CLUSTERS[language]:
        expect(cards.filter(has_text=name)).to_have_count(1)
    page.wait_for_load_state("load")
    assert console_errors == []


def test_language_switcher_leads_to_the_same_page_in_french(demo_site, page, console_errors):
    require_service("chromium")
    page.goto(f"{demo_site.url}/en/clusters/ce3m/")
    expect(page.locator("h1")).to_contain_text("CE3M")

    switcher = page.locator("nav.language-switcher")
    switcher.get_by_role("link", name="français").click()

    expect(page).to_have_url(re.compile(r"/fr/clusters/ce3m/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_contain_text("CE3M")
    expect(switcher.locator("a[aria-current]")).to_have_attribute("hreflang", "fr")
    assert console_errors == []
