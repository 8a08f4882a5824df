"""The organisers' side in the admin: each event's meeting programme and its outcome report, for its organisers only."""

from django.conf import settings
from django.db.models import Max
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import HeaderButton

from .models import Meeting, MeetingFollowUp, MeetingRating, MeetingRequest
from .outcomes import meeting_totals, outcome_totals
from .permissions import managed_events, managed_programmes


class ProgrammeForm(WagtailAdminModelForm):
    """Only the user's own events; sessions fall within the event, outside its plenary programme items,
    and do not overlap each other; a session with meetings stays."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "event" in self.fields:
            self.fields["event"].queryset = managed_events(self.for_user).order_by("-start")

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if not valid:
            return False
        sessions = self.formsets["sessions"]
        kept = []
        for form in sessions.forms:
            if not form.cleaned_data:
                continue
            if form.cleaned_data.get("DELETE"):
                if form.instance.pk and Meeting.objects.filter(slot__session=form.instance).exists():
                    form.add_error(None, _("This session has meetings; it cannot be removed."))
                    valid = False
                continue
            kept.append(form)
            valid = _keeps_booked_meetings(form) and valid
        event = self.cleaned_data.get("event")
        for form in kept:
            valid = _fits_the_event(form, event) and valid
        for index, form in enumerate(kept):
            for other in kept[index + 1 :]:
                a, b = form.cleaned_data, other.cleaned_data
                if a["starts_at"] < b["ends_at"] and b["starts_at"] < a["ends_at"]:
                    other.add_error("starts_at", _("Sessions must not overlap."))
                    valid = False
        return valid


def _fits_the_event(form, event) -> bool:
    """A session takes place during the event, and not while a plenary item of its programme runs."""
    if event is None or not form.cleaned_data.get("starts_at") or not form.cleaned_data.get("ends_at"):
        return True
    starts, ends = form.cleaned_data["starts_at"], form.cleaned_data["ends_at"]
    if starts < event.start or ends > event.end:
        form.add_error("starts_at", _("A session must take place during the event: %(when)s.") % {"when": event.when()})
        return False
    for plenary_start, plenary_end, title in event.plenary_periods():
        if starts < plenary_end and plenary_start < ends:
            local = timezone.localtime(plenary_start, event.zone)
            form.add_error(
                "starts_at",
                _("This session clashes with “%(title)s” (%(time)s), a plenary item of the programme.")
                % {"title": title, "time": local.strftime("%H:%M")},
            )
            return False
    return True


def _keeps_booked_meetings(form) -> bool:
    """A session with meetings keeps its times and meeting length, and the tables in use."""
    session = form.instance
    if not session.pk:
        return True
    booked = Meeting.objects.filter(slot__session=session)
    if not booked.exists():
        return True
    saved = type(session).objects.get(pk=session.pk)
    if any(form.cleaned_data[name] != getattr(saved, name) for name in ("starts_at", "ends_at", "meeting_minutes")):
        form.add_error(None, _("This session has meetings: its times and meeting length can no longer change."))
        return False
    highest = booked.aggregate(highest=Max("table"))["highest"]
    if form.cleaned_data["tables"] < highest:
        form.add_error("tables", _("Table %(number)s has meetings in this session.") % {"number": highest})
        return False
    return True


class OwnProgrammesObjectMixin:
    """A programme of another cluster's event is not found (404), whatever its id."""

    def get_base_object_queryset(self):
        return managed_programmes(self.request.user)


class OwnProgrammesOnlyMixin(OwnProgrammesObjectMixin):
    """Editing or deleting: the form's object, too, comes from the user's own programmes."""

    def get_queryset(self):
        return self.get_base_object_queryset()


class ProgrammeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return managed_programmes(self.request.user).select_related("event")


class ProgrammeEditView(OwnProgrammesOnlyMixin, generic.EditView):
    @property
    def header_buttons(self):
        report = reverse("b2b_meetings:report", args=[self.object.pk])
        return [*super().header_buttons, HeaderButton(_("Outcome report"), url=report, icon_name="doc-full")]


class ProgrammeDeleteView(OwnProgrammesOnlyMixin, generic.DeleteView):
    pass


class ProgrammeHistoryView(OwnProgrammesObjectMixin, HistoryView):  # its queryset lists log entries
    pass


class ProgrammeUsageView(OwnProgrammesObjectMixin, UsageView):  # its queryset lists references
    pass


class ProgrammeReportView(generic.base.WagtailAdminTemplateMixin, TemplateView):
    """The outcome of one event's meetings: participants, requests, meetings and how they went."""

    template_name = "meetings/admin/report.html"
    page_title = gettext_lazy("B2B meetings report")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.programme = get_object_or_404(managed_programmes(request.user).select_related("event"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.programme.event.title

    def get_context_data(self, **kwargs):
        programme = self.programme
        totals = meeting_totals(managed_programmes(self.request.user).filter(pk=programme.pk))
        follow_ups = outcome_totals(programme)
        statuses = dict(MeetingRequest.Status.choices)
        by_status = dict.fromkeys(statuses, 0)
        for status in programme.requests.values_list("status", flat=True):
            by_status[status] += 1
        return super().get_context_data(
            programme=programme,
            totals=totals,
            requests_by_status=[(statuses[value], count) for value, count in by_status.items()],
            ratings=[(label, totals.ratings[value]) for value, label in MeetingRating.Outcome.choices],
            follow_ups=[(label, follow_ups[value]) for value, label in MeetingFollowUp.Outcome.choices],
            follow_up_days=settings.MEETING_FOLLOW_UP_DAYS,
            **kwargs,
        )
