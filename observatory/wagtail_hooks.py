"""Cluster figures in the admin: each manager enters their own clusters' figures, year by year."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin_views
from .forms import ClusterYearFiguresForm
from .models import ClusterYearFigures
from .permissions import figures_permission_policy

register_permission_policy(ClusterYearFigures, figures_permission_policy)


class ClusterYearFiguresViewSet(ModelViewSet):
    model = ClusterYearFigures
    icon = "table"
    menu_label = _("Cluster figures")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["cluster", "year", "source", DateColumn("updated", label=_("Updated"), sort_key="updated")]
    list_filter = ["year"]
    search_fields = ["source"]
    search_backend_name = None
    ordering = ["cluster__title", "-year"]
    index_view_class = admin_views.FiguresIndexView
    edit_view_class = admin_views.FiguresEditView
    delete_view_class = admin_views.FiguresDeleteView
    history_view_class = admin_views.FiguresHistoryView
    usage_view_class = admin_views.FiguresUsageView
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("cluster", widget=forms.Select), FieldPanel("year")]),
            FieldRowPanel([FieldPanel("source"), FieldPanel("minimums")]),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("smes"), FieldPanel("large_companies")]),
                    FieldRowPanel([FieldPanel("universities"), FieldPanel("associations")]),
                ],
                heading=_("Members by type"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("jobs"), FieldPanel("turnover_band")]),
                    FieldRowPanel([FieldPanel("startups_supported"), FieldPanel("products_launched")]),
                    FieldRowPanel([FieldPanel("collaborative_projects"), FieldPanel("international_fairs")]),
                    FieldPanel("fairs_named"),
                ],
                heading=_("Activity"),
            ),
            FieldRowPanel([FieldPanel("funding_amount"), FieldPanel("funding_currency")], heading=_("Funding")),
        ],
        base_form_class=ClusterYearFiguresForm,
    )

    def get_permissions_to_register(self):
        # Who enters which figures follows the cluster pages a group may edit, not model permissions.
        return super().get_permissions_to_register().none()


@hooks.register("register_admin_viewset")
def register_figures_viewset():
    return ClusterYearFiguresViewSet("cluster_figures")
