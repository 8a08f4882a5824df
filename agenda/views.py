"""Views behind the routes of the events index and of each event page.

Each takes the page it is served under; the pages' routes (models/routes.py) call them.
Registration changes happen on POST only, through the services.
"""

import uuid
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.mfa import mfa_redirect
from clusters.models import ClusterPage

from . import services
from .calendar import calendar_bytes, qr_svg
from .forms import RegistrationForm
from .mail import registration_links
from .models import EventIndexPage, EventPage, Registration
from .permissions import can_organise
from .signed_links import CANCEL_SALT, CHECKIN_SALT, registration_from_token

FEED_PAST_DAYS = 180


def private(response: HttpResponse) -> HttpResponse:
    """Pages about one person are never stored by the page cache or a shared proxy."""
    add_never_cache_headers(response)
    return response


def calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=300)
    return response


# Calendars


def calendar_feed(request, index: EventIndexPage, cluster_slug: str) -> HttpResponse:
    """Every event of the index's language (upcoming and of the last months), or one cluster's."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale_id=index.locale_id, end__gte=timezone.now() - timedelta(days=FEED_PAST_DAYS))
    )
    name = f"Medclusters – {index.title}"
    if cluster_slug:
        cluster = ClusterPage.objects.filter(slug=cluster_slug, locale_id=index.locale_id).first()
        cluster = cluster or ClusterPage.objects.filter(slug=cluster_slug).first()
        if cluster is None:
            raise Http404
        siblings = ClusterPage.objects.filter(translation_key=cluster.translation_key)
        events = events.filter(Q(organiser__in=siblings) | Q(co_organisers__in=siblings)).distinct()
        name = f"Medclusters – {cluster.acronym or cluster.title}"
    events = events.select_related("organiser").order_by("start")
    filename = f"{cluster_slug or 'events'}.ics"
    return calendar_response(calendar_bytes(events, name), filename)


def event_ics(request, event: EventPage) -> HttpResponse:
    response = calendar_response(calendar_bytes([event]), f"{event.slug}.ics")
    response["Content-Disposition"] = response["Content-Disposition"].replace("inline", "attachment")
    return response


def language_index(request) -> EventIndexPage:
    index = EventIndexPage.objects.live().filter(locale__language_code=get_language()).first()
    if index is None:
        raise Http404
    return index


def language_feed(request) -> HttpResponse:
    """/<language>/events/feed.ics: the feed of the events index in the active language."""
    return calendar_feed(request, language_index(request), request.GET.get("cluster", ""))


def language_my_events(request) -> HttpResponse:
    """/<language>/events/mine/, whatever the events index is called."""
    return my_events(request, language_index(request))


# Registering


def register(request, event: EventPage) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    questions = list(event.questions.all())
    existing = Registration.objects.active().filter(event=event.registration_event, user=request.user).first()
    form = RegistrationForm(questions, request.POST if request.method == "POST" else None)
    verified = request.user.has_verified_email
    problem = services.registration_problem(event)
    if request.method == "POST" and verified and not existing and not problem and form.is_valid():
        try:
            registration = services.register_attendee(event, request.user, form.answers())
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            if registration.status == Registration.Status.CONFIRMED:
                messages.success(request, _("You are registered. We have sent you a confirmation by email."))
                if then := _local_url(request, request.POST.get("then", "")):
                    return redirect(then)  # a next step offered on the form, such as the B2B profile
            else:
                messages.warning(
                    request,
                    _("The event is full: you are number %(position)s on the waiting list.")
                    % {"position": registration.waiting_position()},
                )
            return redirect(my_events_url(event))
    elif request.method == "POST":
        if existing:
            messages.error(request, _("You are already registered for this event."))
        elif problem:
            messages.error(request, problem)
        elif not verified:
            messages.error(request, _("Please verify your email address before registering."))
    context = {
        "page": event,
        "form": form,
        "existing": existing,
        "verified": verified,
        "problem": problem,
        "seats_left": event.seats_left(),
    }
    status = 400 if request.method == "POST" else 200
    return private(TemplateResponse(request, "agenda/register.html", context, status=status))


def my_events_url(page) -> str:
    index = EventIndexPage.objects.filter(locale_id=page.locale_id).first() or page.get_parent().specific
    return index.url + index.reverse_subpage("my_events")


# My events and cancelling


def my_events(request, index: EventIndexPage) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        registration = Registration.objects.filter(uuid=_uuid(request.POST.get("registration"))).first()
        if registration is None:
            messages.error(request, _("This registration does not exist."))
        else:
            try:
                services.cancel_registration(registration, request.user)
            except services.RegistrationError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Your registration is cancelled."))
        return redirect(request.path)
    registrations = list(
        Registration.objects.filter(user=request.user)
        .select_related("event", "event__organiser")
        .order_by("-event__start", "-created_at")
    )
    translated = {
        page.translation_key: page
        for page in EventPage.objects.filter(
            locale_id=index.locale_id, translation_key__in=[r.event.translation_key for r in registrations]
        )
    }
    rows = []
    for registration in registrations:
        event = translated.get(registration.event.translation_key, registration.event)
        checkin_url = ""
        if registration.status == Registration.Status.CONFIRMED:
            checkin_url = registration_links(registration, event)["checkin_url"]
        rows.append(
            {
                "registration": registration,
                "event": event,
                "position": registration.waiting_position(),
                "qr_code": qr_svg(checkin_url) if checkin_url and not event.is_past() else "",
                "can_cancel": registration.is_active and not event.is_past(),
            }
        )
    sections: dict[str, list[dict]] = {"upcoming": [], "past": [], "cancelled": []}
    for row in rows:
        if not row["registration"].is_active:
            sections["cancelled"].append(row)
        else:
            sections["past" if row["event"].is_past() else "upcoming"].append(row)
    sections["upcoming"].reverse()  # the soonest first; past and cancelled, the latest first
    context = {"page": index, "rows": rows, **sections}
    return private(TemplateResponse(request, "agenda/my_events.html", context))


def _local_url(request, url: str) -> str:
    """`url` when it is a path on this site, else nothing."""
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return ""


def _uuid(value: str | None) -> str | None:
    try:
        return str(uuid.UUID(value or ""))
    except ValueError:
        return None


def cancel_by_link(request, event: EventPage, token: str) -> HttpResponse:
    """The cancel link in the mail: a confirmation page, and the cancellation on POST."""
    registration = registration_from_token(event, token, CANCEL_SALT)
    if registration is None:
        raise Http404
    if request.method == "POST":
        try:
            services.cancel_registration(registration)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your registration is cancelled."))
        return redirect(request.path)
    context = {"page": event, "registration": registration, "past": event.is_past()}
    return private(TemplateResponse(request, "agenda/cancel.html", context))


# Check-in


def _organiser_only(request, event: EventPage) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_organise(request.user, event):
        raise PermissionDenied
    return mfa_redirect(request)  # the desk lists attendees' names and addresses


def checkin_counts(event: EventPage) -> dict[str, int]:
    registrations = Registration.objects.filter(event=event.registration_event)
    counts = registrations.aggregate(
        registered=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        checked_in=Count("pk", filter=Q(status=Registration.Status.CONFIRMED, checked_in_at__isnull=False)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
    )
    return counts


def checkin_desk(request, event: EventPage) -> HttpResponse:
    """The organisers' check-in page: counts, search by name or email, and a button per attendee."""
    if refusal := _organiser_only(request, event):
        return refusal
    if request.method == "POST":
        registration = Registration.objects.filter(
            uuid=_uuid(request.POST.get("registration")), event=event.registration_event
        ).first()
        if registration is None:
            raise Http404
        _check_in(request, registration)
        return redirect(request.get_full_path())
    query = request.GET.get("q", "").strip()[:100]
    found: list[Registration] = []
    if query:
        found = list(
            Registration.objects.filter(event=event.registration_event, status=Registration.Status.CONFIRMED)
            .filter(
                Q(user__first_name__icontains=query)
                | Q(user__last_name__icontains=query)
                | Q(user__email__icontains=query)
            )
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "user__email")[:30]
        )
    context = {"page": event, "query": query, "found": found, "counts": checkin_counts(event)}
    return private(TemplateResponse(request, "agenda/checkin.html", context))


def checkin_attendee(request, event: EventPage, token: str) -> HttpResponse:
    """What an organiser's phone opens from an attendee's QR code."""
    if refusal := _organiser_only(request, event):
        return refusal
    registration = registration_from_token(event, token, CHECKIN_SALT)
    if registration is None:
        raise Http404
    if request.method == "POST":
        _check_in(request, registration)
        return redirect(request.path)
    context = {
        "page": event,
        "registration": registration,
        "counts": checkin_counts(event),
        "desk_url": event.url + event.reverse_subpage("checkin"),
    }
    return private(TemplateResponse(request, "agenda/checkin_attendee.html", context))


def _check_in(request, registration: Registration) -> None:
    name = registration.user.get_full_name() or registration.user.email
    try:
        if services.check_in_attendee(registration):
            messages.success(request, _("%(name)s is checked in.") % {"name": name})
        else:
            messages.info(request, _("%(name)s had already checked in.") % {"name": name})
    except services.RegistrationError as error:
        messages.error(request, error.message)
