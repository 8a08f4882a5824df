"""Translations out of date, for the managers of their cluster: a dashboard panel listing them and
a warning in the editor of each (`portal.translation_status` keeps the marks)."""

from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from portal.translation_records import OutdatedTranslation
from portal.translation_status import outdated_translation, outdated_translations

from .permissions import manages_cluster
from .tree import cluster_of


def outdated_translations_managed_by(user: Any) -> list[OutdatedTranslation]:
    """The translations out of date of the pages of the clusters `user` manages."""
    return [mark for mark in outdated_translations() if manages_cluster(user, cluster_of(mark.page))]


def out_of_date_warning(user: Any, page: Page) -> str:
    """What the editor of `page` tells its cluster's managers when it is a translation out of date."""
    mark = outdated_translation(page)
    if mark is None or not manages_cluster(user, cluster_of(page)):
        return ""
    return _(
        "This translation is out of date: its %(language)s version “%(title)s” changed on %(date)s. "
        "Update its text from that version, then publish it."
    ) % {
        "language": mark.source.locale.get_display_name(),
        "title": mark.source.title,
        "date": formats.date_format(mark.since, "DATE_FORMAT"),
    }


class OutdatedTranslationsPanel(Component):
    name = "outdated_translations"
    order = 60
    template_name = "clusters/admin/outdated_translations_panel.html"

    def __init__(self, user: Any) -> None:
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["outdated"] = outdated_translations_managed_by(self.user)
        return context
