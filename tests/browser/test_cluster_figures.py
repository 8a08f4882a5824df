"""A cluster manager enters a year of figures in the admin; the chart on the cluster page shows them
and a partner downloads them as CSV."""

import csv
import io
import re

from playwright.sync_api import expect

from conftest import require_service
from observatory.models import ClusterYearFigures
from tests.factories import cluster

from .test_manager_workshop import sign_in

YEAR = 2025
SMES = 97


def test_a_manager_enters_figures_and_a_partner_downloads_them(live_demo, new_context):
    require_service("chromium")

    manager = new_context().new_page()
    sign_in(manager, live_demo.url, "manager@ce3m.example.org", "/admin/cluster_figures/new/")
    expect(manager).to_have_url(re.compile(r"/admin/cluster_figures/new/$"))
    form = manager.locator("form", has=manager.locator("[name=year]"))
    form.locator("[name=cluster]").select_option(str(cluster("ce3m").pk))
    form.locator("[name=year]").fill(str(YEAR))
    form.locator("[name=source]").fill("CE3M activity report")
    form.locator("[name=smes]").fill(str(SMES))
    form.locator("[name=universities]").fill("11")
    form.locator("[name=collaborative_projects]").fill("45")
    manager.locator("footer button[type=submit]").first.click()
    expect(manager).to_have_url(re.compile(r"/admin/cluster_figures/$"))
    entered = ClusterYearFigures.objects.get(year=YEAR)
    assert (entered.cluster.slug, entered.smes, entered.collaborative_projects) == ("ce3m", SMES, 45)

    partner = new_context().new_page()
    sign_in(partner, live_demo.url, "partner1@example.org", "/en/clusters/ce3m/")
    section = partner.locator("section", has=partner.locator("#figures-trend-heading"))
    expect(section.locator("svg").first).to_be_visible()
    expect(section.locator(".chart__source")).to_contain_text(f"Figures of {YEAR}")
    current = section.locator("table").first
    expect(current).to_contain_text(str(SMES))

    section.get_by_role("link", name="All the figures, year by year").click()
    with partner.expect_download() as download:
        partner.get_by_role("link", name="CSV").first.click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    # One column per year, one row per figure.
    column = rows[0].index(str(YEAR))
    smes = next(row for row in rows if row[0] == "SMEs")
    assert smes[column] == str(SMES)
