"""One cluster's figures over the years: those its managers entered and those the portal works out,
as table rows, charts and the section of the cluster page."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clusters.models import ClusterPage
from meetings.models import MeetingFollowUp, MeetingRating
from portal.lists import join_list
from proposals.models import ProposalStatus

from .charts import Chart, bar_chart, format_number, trend_chart
from .indicators import ComputedFigures, computed_figures
from .models import ClusterYearFigures

Value = int | Decimal | str | None

# The figures managers enter, as numbers: the field and how a row is headed.
ENTERED_COUNTS: list[tuple[str, Promise]] = [
    ("smes", gettext_lazy("SMEs")),
    ("large_companies", gettext_lazy("Large companies")),
    ("universities", gettext_lazy("Universities and schools")),
    ("associations", gettext_lazy("Associations and other members")),
    ("jobs", gettext_lazy("Jobs")),
    ("startups_supported", gettext_lazy("Startups supported")),
    ("products_launched", gettext_lazy("Products launched")),
    ("collaborative_projects", gettext_lazy("Collaborative projects")),
    ("international_fairs", gettext_lazy("International fairs attended")),
]
MEMBER_TYPES = ENTERED_COUNTS[:4]


def _computed_counts() -> list[tuple[Any, Promise]]:
    """The figures the portal works out, each read from a year's `ComputedFigures`."""
    return [
        (lambda f: f.events, gettext_lazy("Events organised or co-organised")),
        (lambda f: f.participants, gettext_lazy("Participants (confirmed registrations)")),
        (lambda f: f.checked_in, gettext_lazy("Participants checked in")),
        (lambda f: f.meetings, gettext_lazy("B2B meetings")),
        *[
            (lambda f, outcome=outcome: f.outcomes.get(outcome, 0), label)
            for outcome, label in (
                (MeetingRating.Outcome.COOPERATION_POSSIBLE, gettext_lazy("Meeting ratings: cooperation possible")),
                (MeetingRating.Outcome.INFORMATIVE, gettext_lazy("Meeting ratings: informative")),
                (MeetingRating.Outcome.INSUFFICIENT_INTEREST, gettext_lazy("Meeting ratings: insufficient interest")),
                (MeetingRating.Outcome.DID_NOT_TAKE_PLACE, gettext_lazy("Meeting ratings: did not take place")),
            )
        ],
        *[
            (lambda f, outcome=outcome: f.follow_ups.get(outcome, 0), label)
            for outcome, label in (
                (MeetingFollowUp.Outcome.EXCHANGE, gettext_lazy("After the meeting: an exchange continues")),
                (MeetingFollowUp.Outcome.AGREEMENT, gettext_lazy("After the meeting: an agreement signed")),
                (MeetingFollowUp.Outcome.PROJECT, gettext_lazy("After the meeting: a joint project started")),
            )
        ],
        *[(lambda f, status=status: f.proposals.get(status, 0), status.label) for status in ProposalStatus],
        (lambda f: f.interests, gettext_lazy("Expressions of interest received")),
    ]


@dataclass(frozen=True)
class Row:
    label: str
    values: list[Value]  # one per year, as stored (numbers stay numbers for downloads)
    shown: list[str]  # one per year, as a reader sees it


@dataclass
class ClusterFigures:
    cluster: ClusterPage
    entered: dict[int, ClusterYearFigures]
    computed: dict[int, ComputedFigures]

    @property
    def years(self) -> list[int]:
        return sorted(set(self.entered) | set(self.computed))

    @property
    def latest_entered(self) -> ClusterYearFigures | None:
        return self.entered[max(self.entered)] if self.entered else None

    def entered_rows(self) -> list[Row]:
        rows = [self._entered_row(str(label), field) for field, label in ENTERED_COUNTS]
        turnover = [(figures.get_turnover_band_display() if figures else "") for figures in self._entered_by_year()]
        rows.append(Row(_("Members' turnover"), list(turnover), [text or "—" for text in turnover]))
        funding = [figures.funding_amount if figures else None for figures in self._entered_by_year()]
        currencies = [figures.funding_currency if figures else "" for figures in self._entered_by_year()]
        rows.append(
            Row(
                _("Funding obtained"),
                list(funding),
                [
                    f"{format_number(amount)} {currency}" if amount is not None else "—"
                    for amount, currency in zip(funding, currencies, strict=True)
                ],
            )
        )
        rows.append(Row(_("Currency"), list(currencies), [currency or "—" for currency in currencies]))
        sources = [figures.source if figures else "" for figures in self._entered_by_year()]
        rows.append(Row(_("Source"), list(sources), [source or "—" for source in sources]))
        return rows

    def computed_rows(self) -> list[Row]:
        rows = []
        for read, label in _computed_counts():
            values = [read(self.computed[year]) if year in self.computed else 0 for year in self.years]
            rows.append(Row(str(label), values, [format_number(value) for value in values]))
        return rows

    def _entered_by_year(self) -> list[ClusterYearFigures | None]:
        return [self.entered.get(year) for year in self.years]

    def _entered_row(self, label: str, field: str) -> Row:
        values, shown = [], []
        for figures in self._entered_by_year():
            value = getattr(figures, field) if figures else None
            values.append(value)
            plus = "+" if figures and figures.minimums and value is not None else ""
            shown.append(format_number(value) + plus)
        return Row(label, values, shown)

    def current_chart(self) -> Chart | None:
        """The latest year's entered figures as bars."""
        figures = self.latest_entered
        if figures is None:
            return None
        items = [(str(label), getattr(figures, field)) for field, label in ENTERED_COUNTS]
        items = [(label, value) for label, value in items if value is not None]
        if not items:
            return None
        values = join_list(f"{label} {format_number(value)}" for label, value in items)
        return bar_chart(
            f"figures-{figures.year}",
            _("%(cluster)s in %(year)s") % {"cluster": self.cluster.title, "year": figures.year},
            _("%(cluster)s in %(year)s: %(values)s (source: %(source)s).")
            % {"cluster": self.cluster.title, "year": figures.year, "values": values, "source": figures.source},
            items,
            [_("Figure"), str(figures.year)],
        )

    def trend_charts(self) -> list[Chart]:
        """Members (entered) and the portal's own activity, year by year, where there is anything to show."""
        members = [(year, self.entered[year].members) for year in sorted(self.entered)]
        series = [
            ("trend-members", _("Members"), [(year, count) for year, count in members if count is not None]),
            ("trend-events", _("Events organised or co-organised"), self._computed_series(lambda f: f.events)),
            ("trend-meetings", _("B2B meetings"), self._computed_series(lambda f: f.meetings)),
        ]
        return [
            trend_chart(
                key,
                _("%(indicator)s, year by year") % {"indicator": label},
                _("%(indicator)s of %(cluster)s: %(values)s.")
                % {
                    "indicator": label,
                    "cluster": self.cluster.title,
                    "values": join_list(
                        _("%(value)s in %(year)s") % {"value": format_number(value), "year": year}
                        for year, value in points
                    ),
                },
                points,
                [_("Year"), label],
            )
            for key, label, points in series
            if any(value for _year, value in points)
        ]

    def _computed_series(self, read) -> list[tuple[int, int]]:
        return [(year, read(self.computed[year])) for year in sorted(self.computed)]


def figures_of(cluster: ClusterPage) -> ClusterFigures:
    key = cluster.translation_key
    entered = {figures.year: figures for figures in ClusterYearFigures.objects.filter(cluster__translation_key=key)}
    return ClusterFigures(cluster, entered, computed_figures([key]).get(key, {}))


def hub_section(page: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The cluster page's section: the current figures and their trend, with a link to all the years."""
    figures = figures_of(page)
    if not figures.years:
        return None
    trends = figures.trend_charts()
    return {
        "current": figures.current_chart(),
        "latest": figures.latest_entered,
        "trend": trends[0] if trends else None,
        "url": reverse("observatory:cluster", kwargs={"cluster": page.slug}),
    }
