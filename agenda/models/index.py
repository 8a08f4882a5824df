"""The events index: one below the home page in each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .routes import EventIndexRoutes


class EventIndexPage(EventIndexRoutes, Page):
    """Lists the events; also serves My events and the calendar feeds (see routes.py)."""

    intro = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def permissions_for_user(self, user):
        """Cluster editors add events here: see `agenda.permissions`."""
        from ..permissions import EventIndexPermissionTester  # it is built on these models

        return EventIndexPermissionTester(user, self)
