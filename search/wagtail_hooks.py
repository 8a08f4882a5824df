"""The searches report in the admin's Reports menu, for superusers and groups given its permission."""

from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import REPORT_PERMISSION, SearchesReportView


class SearchesReportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_searches_report_urls() -> list[URLPattern]:
    return [
        path("reports/site-searches/", SearchesReportView.as_view(), name="portal_search_report"),
        path(
            "reports/site-searches/results/",
            SearchesReportView.as_view(results_only=True),
            name="portal_search_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_searches_report_menu_item() -> MenuItem:
    return SearchesReportMenuItem(
        _("Site searches"), reverse("portal_search_report"), name="site-searches", icon_name="search", order=1310
    )


@hooks.register("register_permissions")
def register_searches_report_permission() -> QuerySet[Permission]:
    return Permission.objects.filter(content_type__app_label="portal_search", codename="view_loggedsearch")
