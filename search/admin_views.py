"""The searches report: what visitors searched for in the last 7 or 30 days, and what found nothing."""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import LoggedSearch
from .querylog import flush_search_log

REPORT_PERMISSION = "portal_search.view_loggedsearch"
PERIODS = {"7": 7, "30": 30}


class SearchesFilterSet(WagtailFilterSet):
    period = ChoiceFilter(
        label=_("Period"),
        choices=[("7", _("Last 7 days"))],
        empty_label=_("Last 30 days"),
        method="filter_period",
    )
    found = ChoiceFilter(
        label=_("Results"),
        choices=[("none", _("Searches with no results"))],
        empty_label=_("All searches"),
        method="filter_found",
    )
    language = ChoiceFilter(label=_("Language"), choices=[], empty_label=_("All languages"))

    class Meta:
        model = LoggedSearch
        fields: list[str] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = list(settings.WAGTAIL_CONTENT_LANGUAGES)

    def filter_period(self, queryset: QuerySet[LoggedSearch], name: str, value: str) -> QuerySet[LoggedSearch]:
        return queryset.filter(searched_at__gte=timezone.now() - timedelta(days=PERIODS.get(value, 30)))

    def filter_found(self, queryset: QuerySet[LoggedSearch], name: str, value: str) -> QuerySet[LoggedSearch]:
        return queryset.filter(results=0) if value == "none" else queryset


class SearchesReportView(ReportView):
    """Top search terms over a period, each with how often it found nothing; CSV and Excel export."""

    page_title = _("Site searches")
    header_icon = "search"
    index_url_name = "portal_search_report"
    index_results_url_name = "portal_search_report_results"
    permission_policy = ModelPermissionPolicy(LoggedSearch)
    permission_required = "view"
    filterset_class = SearchesFilterSet
    is_searchable = True
    search_fields = ["query"]
    default_ordering = "-searches"
    columns = [
        Column("query", label=_("Search terms"), sort_key="query"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("without_results", label=_("With no results"), sort_key="without_results"),
        DateColumn("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = ["query", "language", "searches", "without_results", "last_searched"]
    export_headings = {
        "query": _("Search terms"),
        "language": _("Language"),
        "searches": _("Searches"),
        "without_results": _("With no results"),
        "last_searched": _("Last searched"),
    }

    def get(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        flush_search_log()  # show what was searched up to now, not up to the last periodic flush
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self) -> QuerySet[LoggedSearch]:
        return LoggedSearch.objects.filter(searched_at__gte=timezone.now() - timedelta(days=max(PERIODS.values())))

    def get_queryset(self) -> QuerySet[Any]:
        """Filter and search the individual searches, then count them by terms and language."""
        rows = self.search_queryset(self.filter_queryset(self.get_base_queryset()))
        counted = rows.values("query", "language").annotate(
            searches=Count("pk"),
            without_results=Count("pk", filter=Q(results=0)),
            last_searched=Max("searched_at"),
        )
        return counted.order_by(self.ordering or self.default_ordering, "query", "language")
