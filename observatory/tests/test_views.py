"""The observatory page, a cluster's figures page, the cluster page's section and the downloads."""

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from openpyxl import load_workbook

from clusters.models import ClusterPage
from observatory.charts import WIDTH
from observatory.models import ClusterYearFigures

SVG = "{http://www.w3.org/2000/svg}"
DEMO_CLUSTERS = ["2ts", "ce3m", "mdfc", "menara", "qoot", "valbiom"]


def demo_titles() -> list[str]:
    return sorted(
        ClusterPage.objects.filter(locale__language_code="en", slug__in=DEMO_CLUSTERS).values_list("title", flat=True)
    )


def svgs(response) -> list[ET.Element]:
    """The charts of a page, parsed as XML from the page's own bytes (every one must be valid SVG)."""
    return [
        ET.fromstring(match)  # noqa: S314 (the portal's own output)
        for match in re.findall(r"<svg .*?</svg>", response.content.decode(), re.S)
    ]


def page_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_observatory_lists_the_six_demo_clusters(client, demo):
    page = page_of(client.get("/en/observatory/"))
    names = [th.get_text(strip=True) for th in page.select("#comparison tbody th")]
    assert sorted(names) == demo_titles() and len(names) == 6
    ce3m = next(row for row in page.select("#comparison tbody tr") if row.th.get_text(strip=True) == "CE3M")
    cells = [cell.get_text(strip=True) for cell in ce3m.find_all("td")]
    assert cells[:7] == ["Morocco", "2023", "90+", "4+", "10+", "6+", "40+"]
    assert len(page.find_all("h1")) == 1


def test_observatory_filters_by_country(client, demo):
    page = page_of(client.get("/en/observatory/?country=TN"))
    tunisian = ClusterPage.objects.get(locale__language_code="en", slug="2ts").title
    assert [th.get_text(strip=True) for th in page.select("#comparison tbody th")] == [tunisian]


def test_cluster_page_shows_the_figures_section(client, demo):
    response = client.get("/en/clusters/ce3m/")
    page = page_of(response)
    section = page.select_one("#figures-trend-heading").parent
    assert "Interview of CE3M by Berytech" in section.get_text()
    assert section.select_one("svg")
    root = svgs(response)[0]
    assert root.find(f"{SVG}title").text == "CE3M in 2023"
    table = section.select_one("table")
    assert ["SMEs", "90"] in [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.select("tbody tr")
    ]
    assert section.select_one("a")["href"] == "/en/observatory/ce3m/"


def test_cluster_figures_page_shows_every_year(client, demo):
    page = page_of(client.get("/fr/observatory/ce3m/"))
    assert page.h1.get_text(strip=True) == "Chiffres de CE3M"
    assert page.select_one("a[href='/fr/observatory/ce3m/figures.csv']")


def test_arabic_chart_reads_right_to_left(client, demo):
    response = client.get("/ar/observatory/ce3m/")
    root = svgs(response)[0]
    assert root.get("direction") == "rtl"
    assert root.get("viewBox").startswith("0 0 ")
    assert root.get("width") == "100%"
    label = root.find(f"{SVG}text")
    assert float(label.get("x")) > WIDTH / 2  # the labels start on the right


def test_downloads(client, demo):
    response = client.get("/en/observatory/ce3m/figures.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Figure"
    assert rows[1][:2] == ["SMEs", "90"]
    response = client.get("/en/observatory/clusters.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert titles == demo_titles()


@pytest.mark.parametrize("url", ["/en/observatory/no-such-cluster/", "/en/observatory/no-such-cluster/figures.csv"])
def test_unknown_cluster_is_not_found(client, demo, url):
    assert client.get(url).status_code == 404


def test_new_figures_show_on_the_cached_cluster_page_at_once(client, demo):
    cache.clear()
    assert client.get("/en/clusters/qoot/").headers["X-Page-Cache"] == "miss"
    assert "annual survey" not in client.get("/en/clusters/qoot/").content.decode()
    qoot = ClusterPage.objects.get(locale__language_code="en", slug="qoot")
    ClusterYearFigures.objects.create(cluster=qoot, year=2024, source="QOOT's annual survey", smes=25)
    response = client.get("/en/clusters/qoot/")
    assert response.headers["X-Page-Cache"] == "miss"
    assert "QOOT&#x27;s annual survey" in response.content.decode()


def test_arabic_chart_summaries_separate_their_figures_with_the_arabic_comma(client, demo):
    summaries = [
        summary.get_text() for summary in page_of(client.get("/ar/observatory/ce3m/")).select(".chart__summary")
    ]
    assert any("الشركات الصغيرة والمتوسطة 90، " in summary for summary in summaries)
    # The figures' source is the cluster's own text, in its own words.
    figures = [summary.split(" (المصدر:")[0] for summary in summaries]
    assert [text for text in figures if ", " in text] == []
