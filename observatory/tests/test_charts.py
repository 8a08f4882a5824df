"""Charts: valid SVG with a title and a description, the same numbers as their table, mirrored in Arabic."""

import csv
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

from django.utils import translation
from openpyxl import load_workbook

from observatory.charts import WIDTH, bar_chart, format_number, trend_chart
from observatory.downloads import table_csv, table_xlsx

SVG = "{http://www.w3.org/2000/svg}"
ITEMS = [("SMEs", 1250), ("Universities and schools", 10), ("<script>", 0)]


def parse(chart) -> ET.Element:
    return ET.fromstring(str(chart.svg))  # noqa: S314 (the portal's own output)


def test_bar_chart_is_valid_svg_with_its_table():
    with translation.override("en"):
        chart = bar_chart("members", "CE3M in 2023", "CE3M in 2023: SMEs 1,250.", ITEMS, ["Figure", "2023"])
    root = parse(chart)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == f"0 0 {WIDTH} {root.get('viewBox').split()[3]}"
    assert root.get("width") == "100%"
    assert root.get("direction") == "ltr"
    assert root.find(f"{SVG}title").text == "CE3M in 2023"
    assert root.find(f"{SVG}desc").text == "CE3M in 2023: SMEs 1,250."
    values = [text.text for text in root.iter(f"{SVG}text") if text.get("class") == "chart__value"]
    assert values == [row[1] for row in chart.rows] == ["1,250", "10", "0"]
    labels = [text.text for text in root.iter(f"{SVG}text") if text.get("class") == "chart__label"]
    # Escaped in the markup, text once parsed; a long label is cut short, and whole in the tooltip and table.
    assert labels == ["SMEs", "Universities and scho…", "<script>"]
    assert [rect.find(f"{SVG}title").text for rect in root.iter(f"{SVG}rect")][1] == "Universities and schools: 10"
    assert [row[0] for row in chart.rows] == ["SMEs", "Universities and schools", "<script>"]
    assert all(
        float(text.get("x")) < WIDTH / 2 for text in root.iter(f"{SVG}text") if text.get("class") == "chart__label"
    )


def test_arabic_bars_grow_from_the_right():
    with translation.override("ar"):
        chart = bar_chart("members", "CE3M", "CE3M", ITEMS, ["", "2023"])
    root = parse(chart)
    assert root.get("direction") == "rtl"
    labels = [text for text in root.iter(f"{SVG}text") if text.get("class") == "chart__label"]
    assert all(float(text.get("x")) > WIDTH / 2 and text.get("text-anchor") == "start" for text in labels)
    bars = list(root.iter(f"{SVG}rect"))
    assert float(bars[0].get("x")) + float(bars[0].get("width")) > WIDTH / 2  # it ends by the labels, on the right


def test_trend_runs_in_the_reading_direction():
    points = [(2021, 3), (2022, 5), (2023, 8)]
    for language, earliest_first in (("en", True), ("ar", False)):
        with translation.override(language):
            root = parse(trend_chart("trend", "Events", "Events: 3, 5, 8.", points, ["Year", "Events"]))
        years = sorted(
            (float(text.get("x")), text.text) for text in root.iter(f"{SVG}text") if text.get("class") == "chart__label"
        )
        assert [year for _x, year in years] == (
            ["2021", "2022", "2023"] if earliest_first else ["2023", "2022", "2021"]
        )


def test_numbers_are_written_as_the_reader_writes_them():
    with translation.override("en"):
        assert format_number(1250) == "1,250"
    with translation.override("fr"):
        assert format_number(1250) == "1\xa0250"
    assert format_number(None) == "—"


def test_downloads_keep_spreadsheets_from_running_formulas():
    rows = [["Figure", 2023], ['=HYPERLINK("http://x")', 5], ["-2+3", Decimal(250000)], ["@SUM(A1)", None]]
    text = table_csv(rows).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == [
        ["Figure", "2023"],
        ['\'=HYPERLINK("http://x")', "5"],
        ["'-2+3", "250000"],
        ["'@SUM(A1)", ""],
    ]
    sheet = load_workbook(io.BytesIO(table_xlsx("CE3M", rows))).active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        ["Figure", 2023],
        ['\'=HYPERLINK("http://x")', 5],
        ["'-2+3", 250000],
        ["'@SUM(A1)", None],
    ]
