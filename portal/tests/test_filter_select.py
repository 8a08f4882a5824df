"""The filter menus of the index pages: one labelled <select> per filter, the chosen value kept."""

from types import SimpleNamespace

from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils.translation import gettext_lazy


def render(options, selected) -> BeautifulSoup:
    template = Template('{% load portal_tags %}{% filter_select "sector" "Sector" "All sectors" options selected %}')
    return BeautifulSoup(template.render(Context({"options": options, "selected": selected})), "html.parser")


def test_pairs_objects_and_pages_become_options_and_the_chosen_one_stays_selected():
    options = [
        ("ma", gettext_lazy("Morocco")),
        (7, SimpleNamespace(title="Horizon Europe call")),
        SimpleNamespace(slug="textiles", name="Technical textiles"),
        SimpleNamespace(slug="ce3m", title="CE3M"),
    ]
    html = render(options, 7)
    assert html.select_one("label")["for"] == html.select_one("select")["id"] == "filter-sector"
    assert [(o["value"], o.get_text()) for o in html.select("option")] == [
        ("", "All sectors"),
        ("ma", "Morocco"),
        ("7", "Horizon Europe call"),
        ("textiles", "Technical textiles"),
        ("ce3m", "CE3M"),
    ]
    assert [o["value"] for o in html.select("option[selected]")] == ["7"]


def test_nothing_chosen_selects_no_option():
    assert not render([("ma", "Morocco")], None).select("option[selected]")
