"""The organisers' screens in the admin: their events' registrations, exports, closing and messages."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.translations import sources

from . import services
from .exports import registration_rows, registrations_csv, registrations_xlsx
from .forms import MessageRegistrantsForm
from .models import EventPage, Registration
from .permissions import organised_events
from .views import checkin_counts


def _event(request: HttpRequest, pk: int) -> EventPage:
    """One of the user's events (404 for anyone else's)."""
    event = get_object_or_404(organised_events(request.user), pk=pk)
    return event.registration_event


def event_list(request: HttpRequest) -> HttpResponse:
    events = (
        sources(organised_events(request.user)).select_related("organiser").with_confirmed_count().order_by("-start")
    )
    context = {"events": events, "header_title": _("Event registrations")}
    return TemplateResponse(request, "agenda/admin/event_list.html", context)


def registrations(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    rows = list(registration_rows(event))
    context = {
        "event": event,
        "header": rows[0],
        "rows": rows[1:],
        "counts": checkin_counts(event),
        "checkin_url": event.url + event.reverse_subpage("checkin") if event.url else "",
        "header_title": event.title,
    }
    return TemplateResponse(request, "agenda/admin/registrations.html", context)


def export_csv(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    response = HttpResponse(registrations_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.csv"'
    return response


def export_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    response = HttpResponse(
        registrations_xlsx(event), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.xlsx"'
    return response


@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    services.close_registration(event)
    messages.success(request, _("Registration is closed."))
    return redirect("agenda_registrations", pk=event.pk)


@require_http_methods(["GET", "POST"])
def message(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    form = MessageRegistrantsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = services.message_registrants(
            event,
            form.cleaned_data["subject"],
            form.cleaned_data["body"],
            include_waiting_list=form.cleaned_data["include_waiting_list"],
        )
        messages.success(request, _("Your message is on its way to %(count)s people.") % {"count": count})
        return redirect("agenda_registrations", pk=event.pk)
    confirmed = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()
    context = {"event": event, "form": form, "confirmed": confirmed, "header_title": _("Message the registrants")}
    return TemplateResponse(request, "agenda/admin/message.html", context)
