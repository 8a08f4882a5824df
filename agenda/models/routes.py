"""What the events index and each event page answer: their context and the addresses below them.

The modules that build the answers (listing, detail, views) read the models, so they are imported
when a page is first served, not when the models load.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


def _views():
    from agenda import views  # the views import the models

    return views


class EventIndexRoutes(RoutablePageMixin):
    """The listing of upcoming and past events, My events and the calendar feeds."""

    def get_context(self, request, *args, past: bool = False, **kwargs):
        from agenda.listing import index_context  # the listing imports the models

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request, past=past))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("past/")
    def past_events(self, request):
        return self.render(request, past=True)

    @path("mine/")
    def my_events(self, request):
        return _views().my_events(request, self)

    @path("feed/")
    def feed(self, request):
        return _views().calendar_feed(request, self, request.GET.get("cluster", ""))

    @path("feed/<slug:cluster>/")
    def cluster_feed(self, request, cluster):
        return _views().calendar_feed(request, self, cluster)


class EventRoutes(RoutablePageMixin):
    """The event itself, its calendar file, registering, cancelling by link and the check-in desk."""

    def get_context(self, request, *args, **kwargs):
        from agenda.detail import event_context  # the event's context imports the models

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("calendar/")
    def ics(self, request):
        return _views().event_ics(request, self)

    @path("register/")
    def register(self, request):
        return _views().register(request, self)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        return _views().cancel_by_link(request, self, token)

    @path("checkin/")
    def checkin(self, request):
        return _views().checkin_desk(request, self)

    @path("checkin/<str:token>/")
    def checkin_attendee(self, request, token):
        return _views().checkin_attendee(request, self, token)
