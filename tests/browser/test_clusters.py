"""A partner filters the cluster list, sees the clusters on the map and opens a profile in Arabic."""

import re

import pytest
from playwright.sync_api import expect

from conftest import require_service

pytestmark = pytest.mark.django_db


def test_filter_clusters_then_open_a_profile_in_arabic(demo_site, page, console_errors):
    require_service("chromium")
    page.goto(f"{demo_site.url}/en/clusters/")
    expect(page.locator(".cluster-map .cluster-map__point")).to_have_count(4)
    expect(page.locator(".cluster-map svg")).to_be_visible()

    page.get_by_label("Sector", exact=True).select_option("agri-food")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"sector=agri-food"))
    expect(page.locator(".card-grid .card__title")).to_have_count(2)  # QOOT and Valbiom
    expect(page.locator(".cluster-map .cluster-map__point")).to_have_count(1)  # Valbiom has no coordinates

    page.get_by_label("Country", exact=True).select_option("LB")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator(".card-grid .card__title")).to_have_text(["QOOT"])

    page.goto(f"{demo_site.url}/ar/clusters/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".cluster-map svg")).to_be_visible()
    page.locator(".card-grid .card__title a", has_text="CE3M").click()
    expect(page).to_have_url(re.compile(r"/ar/clusters/ce3m/$"))
    expect(page.locator("h1")).to_contain_text("CE3M")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert console_errors == []
