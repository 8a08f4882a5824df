"""Charts drawn on the server as SVG: a bar chart of one year's figures and a trend over the years.

Each chart comes with its title, a sentence that says what it shows, and its data as a table, so a
screen reader, a printout or a phone without the picture loses nothing. The SVG scales to its box
(viewBox, width 100%); in a right-to-left language the bars grow from the right, the years run from
right to left and every label starts on the right.
"""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_bidi

WIDTH = 480
BAR_HEIGHT = 24
ROW_GAP = 12
LABEL_WIDTH = 190
VALUE_ROOM = 50
TREND_HEIGHT = 220
AXIS_ROOM = 28  # under the columns, for the years
TOP_ROOM = 24  # above the tallest column, for its value
EDGE = 8
LABEL_CHARACTERS = 22  # what fits in LABEL_WIDTH; the full label is in the bar's tooltip and the table


def format_number(value: int | float | None) -> str:
    """A number as the reader's language writes it (digit grouping), a dash when unknown."""
    return "—" if value is None else number_format(value, decimal_pos=0, force_grouping=True)


@dataclass(frozen=True)
class Chart:
    key: str  # unique in the page: the ids of the title and the description
    title: str
    summary: str
    headers: list[str]
    rows: list[list[str]]
    svg: SafeString


def _svg(key: str, title: str, summary: str, height: int, body: list[str]) -> SafeString:
    rtl = get_language_bidi()
    opening = format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" viewBox="0 0 {} {}" width="100%" '
        'role="img" aria-labelledby="{}-title {}-desc" direction="{}" preserveAspectRatio="xMidYMin meet">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
        WIDTH,
        height,
        key,
        key,
        "rtl" if rtl else "ltr",
        key,
        title,
        key,
        summary,
    )
    return mark_safe(opening + "".join(body) + "</svg>")  # noqa: S308 (every text above is escaped)


def _text(x: float, y: float, text: str, anchor: str, css_class: str) -> str:
    return format_html(
        '<text x="{}" y="{}" text-anchor="{}" class="{}">{}</text>', f"{x:.1f}", f"{y:.1f}", anchor, css_class, text
    )


def bar_chart(key: str, title: str, summary: str, items: list[tuple[str, int]], headers: list[str]) -> Chart:
    """Horizontal bars, one per item (label, value): labels at the start of the line, bars after them."""
    rtl = get_language_bidi()
    largest = max((value for _label, value in items), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM - 2 * EDGE
    body = []
    for index, (label, value) in enumerate(items):
        top = EDGE + index * (BAR_HEIGHT + ROW_GAP)
        middle = top + BAR_HEIGHT / 2 + 5
        length = room * value / largest
        if rtl:
            label_x, bar_x, value_x = (
                WIDTH - EDGE,
                WIDTH - EDGE - LABEL_WIDTH - length,
                WIDTH - EDGE - LABEL_WIDTH - length - 6,
            )
        else:
            label_x, bar_x, value_x = EDGE, EDGE + LABEL_WIDTH, EDGE + LABEL_WIDTH + length + 6
        # "start" is where the reading starts: the left in English and French, the right in Arabic.
        short = label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"
        body.append(_text(label_x, middle, short, "start", "chart__label"))
        body.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar"><title>{}: {}</title></rect>',
                f"{bar_x:.1f}",
                top,
                f"{length:.1f}",
                BAR_HEIGHT,
                label,
                format_number(value),
            )
        )
        body.append(_text(value_x, middle, format_number(value), "start", "chart__value"))
    height = 2 * EDGE + max(len(items), 1) * (BAR_HEIGHT + ROW_GAP)
    rows = [[label, format_number(value)] for label, value in items]
    return Chart(key, title, summary, headers, rows, _svg(key, title, summary, height, body))


def trend_chart(key: str, title: str, summary: str, points: list[tuple[int, int]], headers: list[str]) -> Chart:
    """Columns, one per year (year, value), earliest first in the reading direction."""
    rtl = get_language_bidi()
    largest = max((value for _year, value in points), default=0) or 1
    slot = (WIDTH - 2 * EDGE) / max(len(points), 1)
    column = min(slot * 0.6, 80)
    baseline = TREND_HEIGHT - AXIS_ROOM
    room = baseline - TOP_ROOM
    body: list[str] = [
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__axis"/>', EDGE, baseline, WIDTH - EDGE, baseline
        )
    ]
    for index, (year, value) in enumerate(points):
        centre = EDGE + slot * (index + 0.5)
        if rtl:
            centre = WIDTH - centre
        height = room * value / largest
        body.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar"><title>{}: {}</title></rect>',
                f"{centre - column / 2:.1f}",
                f"{baseline - height:.1f}",
                f"{column:.1f}",
                f"{height:.1f}",
                year,
                format_number(value),
            )
        )
        body.append(_text(centre, baseline - height - 6, format_number(value), "middle", "chart__value"))
        body.append(_text(centre, baseline + 20, str(year), "middle", "chart__label"))
    rows = [[str(year), format_number(value)] for year, value in points]
    return Chart(key, title, summary, headers, rows, _svg(key, title, summary, TREND_HEIGHT, body))
