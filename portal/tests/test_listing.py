"""Index listings: only the filter values on offer are applied, and pages are numbered forgivingly."""

import pytest
from django.test import RequestFactory

from portal.listing import filtered_listing, page_number

OPTIONS = {"colour": {"red": "Red", "blue": "Blue"}, "size": {"s": "Small"}}


@pytest.mark.parametrize(
    ("value", "expected"), [(None, 1), ("", 1), ("3", 3), ("0", 1), ("-2", 1), ("abc", 1), ("2.5", 1)]
)
def test_anything_but_a_positive_number_asks_for_the_first_page(value, expected):
    assert page_number(value) == expected


def listing(query: str, per_page: int = 2):
    items = [{"colour": colour, "n": n} for n, colour in enumerate(["red", "blue", "red", "red", "blue"])]

    def apply(rows, selected):
        return [row for row in rows if not selected["colour"] or row["colour"] == selected["colour"]]

    return filtered_listing(RequestFactory().get(f"/?{query}"), items, OPTIONS, apply, per_page)


def test_a_filter_on_offer_narrows_the_list_and_is_kept_for_the_next_pages():
    context = listing("colour=red&page=2")
    assert [row["n"] for row in context["page_obj"].object_list] == [3]
    assert context["selected"] == {"colour": "red", "size": ""}
    assert context["filtered"] is True
    assert context["filter_query"] == "colour=red"


def test_values_not_on_offer_are_ignored_and_a_page_past_the_end_shows_the_last():
    context = listing("colour=green&size=xl&page=99&other=1")
    assert context["selected"] == {"colour": "", "size": ""}
    assert context["filtered"] is False and context["filter_query"] == ""
    assert context["page_obj"].number == 3
    assert isinstance(context["page_obj"].object_list, list)
