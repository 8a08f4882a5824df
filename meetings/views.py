"""The participants' side of an event's B2B meetings: profile, directory, requests, agenda and ratings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from portal.listing import filtered_listing
from portal.translations import in_reader_language

from . import calendar, directory, event_details, follow_ups, services
from .forms import FollowUpForm, MeetingRequestForm, OpportunityForm, ProfileForm, RatingForm
from .models import Meeting, MeetingFollowUp, MeetingProgramme, MeetingRequest, Opportunity, ParticipantProfile

PROFILES_PER_PAGE = 20


def _programme(event_id: int) -> MeetingProgramme:
    """The open meeting programme of a published event (given in any of its languages)."""
    page = get_object_or_404(Page.objects.live().public(), pk=event_id)
    if not event_details.is_event(page):
        raise Http404
    source = event_details.source_event(page)
    return get_object_or_404(MeetingProgramme.objects.select_related("event"), event=source, enabled=True)


def _context(request: HttpRequest, programme: MeetingProgramme, **extra) -> dict:
    profile = services.profile_of(programme, request.user)
    return {
        "programme": programme,
        "event": in_reader_language(programme.event),
        "event_id": programme.event_id,
        "time_zone": event_details.event_time_zone(programme.event),
        "profile": profile,
        **extra,
    }


def _participant(request: HttpRequest, programme: MeetingProgramme) -> ParticipantProfile:
    """The visitor's own profile; without one, the overview says how to opt in."""
    profile = services.profile_of(programme, request.user)
    if profile is None:
        raise _NotOptedIn
    return profile


class _NotOptedIn(Exception):
    pass


def participants_only(view):
    """Logged-in participants of the event's meetings; others are sent to the overview."""

    @login_required
    def wrapped(request: HttpRequest, event_id: int, *args, **kwargs) -> HttpResponse:
        programme = _programme(event_id)
        try:
            profile = _participant(request, programme)
        except _NotOptedIn:
            messages.info(request, _("Create your B2B profile first."))
            return redirect("meetings:home", event_id=programme.event_id)
        return view(request, programme, profile, *args, **kwargs)

    return wrapped


@login_required
def home(request: HttpRequest, event_id: int) -> HttpResponse:
    """The directory of participants, or how to join it."""
    programme = _programme(event_id)
    context = _context(
        request,
        programme,
        may_opt_in=services.may_opt_in(programme, request.user),
        has_verified_email=request.user.has_verified_email,
    )
    profile = context["profile"]
    if profile is None:
        return TemplateResponse(request, "meetings/join.html", context)
    others = (
        services.active_profiles(programme)
        .exclude(pk=profile.pk)
        .annotate(is_match=services.complements(profile))
        .select_related("user")
        .prefetch_related("sectors", "opportunities__type")
        .order_by("-is_match", "organisation", "pk")
    )
    options = directory.filter_options(programme)
    context.update(
        filtered_listing(request, others, options, directory.apply_filters, PROFILES_PER_PAGE),
        options=options,
        quota_left=services.quota_left(profile),
    )
    return TemplateResponse(request, "meetings/directory.html", context)


@login_required
def profile(request: HttpRequest, event_id: int) -> HttpResponse:
    """Opt in with a profile, or change it."""
    programme = _programme(event_id)
    existing = services.profile_of(programme, request.user)
    if existing is None and not services.may_opt_in(programme, request.user):
        messages.error(request, _("Only participants with a confirmed registration and a verified email may opt in."))
        return redirect("meetings:home", event_id=programme.event_id)
    form = ProfileForm(request.POST or None, instance=existing or ParticipantProfile(programme=programme))
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.save()
        messages.success(request, _("Your B2B profile is saved."))
        return redirect("meetings:profile", event_id=programme.event_id)
    context = _context(
        request, programme, form=form, opportunity_form=OpportunityForm(programme=programme) if existing else None
    )
    return TemplateResponse(request, "meetings/profile.html", context)


@require_POST
@participants_only
def add_opportunity(request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile) -> HttpResponse:
    form = OpportunityForm(request.POST, programme=programme, instance=Opportunity(profile=profile))
    if form.is_valid():
        form.save()
        messages.success(request, _("Your opportunity is published."))
        return redirect("meetings:profile", event_id=programme.event_id)
    context = _context(request, programme, form=ProfileForm(instance=profile), opportunity_form=form)
    return TemplateResponse(request, "meetings/profile.html", context)


@require_POST
@participants_only
def delete_opportunity(
    request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile, opportunity_id: int
) -> HttpResponse:
    get_object_or_404(Opportunity, pk=opportunity_id, profile=profile).delete()
    messages.success(request, _("The opportunity is removed."))
    return redirect("meetings:profile", event_id=programme.event_id)


@participants_only
def participant(
    request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile, profile_id: int
) -> HttpResponse:
    """Another participant, and the form to ask them for a meeting."""
    other = get_object_or_404(programme.profiles.select_related("user"), pk=profile_id)
    form = MeetingRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.send_request(profile, other, form.cleaned_data["message"])
        except services.MeetingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your request is sent to %(organisation)s.") % {"organisation": other})
            return redirect("meetings:requests", event_id=programme.event_id)
    context = _context(request, programme, other=other, form=form, quota_left=services.quota_left(profile))
    context["exchanged"] = (
        MeetingRequest.objects.filter(sender__in=[profile, other], recipient__in=[profile, other])
        .exclude(status=MeetingRequest.Status.EXPIRED)
        .first()
    )
    return TemplateResponse(request, "meetings/participant.html", context)


@participants_only
def requests(request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile) -> HttpResponse:
    related = ("sender__user", "recipient__user", "meeting__slot")
    context = _context(
        request,
        programme,
        received=profile.received_requests.select_related(*related),
        sent=profile.sent_requests.select_related(*related),
        quota_left=services.quota_left(profile),
        now=timezone.now(),
    )
    return TemplateResponse(request, "meetings/requests.html", context)


@require_POST
@participants_only
def answer(
    request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile, request_id: int, accept: bool
) -> HttpResponse:
    """Accept or decline a request addressed to the visitor; any other request is not found."""
    get_object_or_404(MeetingRequest, pk=request_id, recipient=profile)
    try:
        if accept:
            meeting = services.accept_request(request_id, request.user)
        else:
            services.decline_request(request_id, request.user)
    except services.MeetingError as error:
        messages.error(request, str(error.message))
        return redirect("meetings:requests", event_id=programme.event_id)
    if accept:
        messages.success(
            request, _("Meeting accepted: it is in your agenda, at table %(table)s.") % {"table": meeting.table}
        )
        return redirect("meetings:agenda", event_id=programme.event_id)
    messages.success(request, _("Request declined."))
    return redirect("meetings:requests", event_id=programme.event_id)


@participants_only
def agenda(request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile) -> HttpResponse:
    meetings = list(services.agenda_of(profile).prefetch_related("ratings", "follow_ups"))
    now = timezone.now()
    for meeting in meetings:
        meeting.other = meeting.request.other_side(profile)
        meeting.my_rating = next((r for r in meeting.ratings.all() if r.profile_id == profile.pk), None)
        meeting.my_follow_up = next((f for f in meeting.follow_ups.all() if f.profile_id == profile.pk), None)
        meeting.can_rate = meeting.slot.ends_at <= now
    return TemplateResponse(request, "meetings/agenda.html", _context(request, programme, meetings=meetings))


@participants_only
def agenda_ics(request: HttpRequest, programme: MeetingProgramme, profile: ParticipantProfile) -> HttpResponse:
    content = calendar.agenda_ics(services.agenda_of(profile), profile)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    name = slugify(in_reader_language(programme.event).slug) or "event"
    response["Content-Disposition"] = f'attachment; filename="{name}-b2b.ics"'
    return response


@login_required
def rate(request: HttpRequest, event_id: int, meeting_id: int) -> HttpResponse:
    """Say how a meeting went; a meeting the visitor was not in is not found."""
    programme = _programme(event_id)
    try:
        meeting = services.meeting_of(meeting_id, request.user)
    except Meeting.DoesNotExist as error:
        raise Http404 from error
    if meeting.request.programme_id != programme.pk:
        raise Http404
    profile = _participant(request, programme)
    existing = meeting.ratings.filter(profile=profile).first()
    form = RatingForm(request.POST or None, instance=existing)
    if request.method == "POST" and form.is_valid():
        try:
            services.rate_meeting(meeting, request.user, form.cleaned_data["outcome"], form.cleaned_data["comment"])
        except services.MeetingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you, your answer is saved."))
            return redirect(reverse("meetings:agenda", kwargs={"event_id": programme.event_id}))
    other = meeting.request.other_side(profile)
    return TemplateResponse(
        request, "meetings/rate.html", _context(request, programme, meeting=meeting, other=other, form=form)
    )


@login_required
def follow_up(request: HttpRequest, event_id: int, meeting_id: int) -> HttpResponse:
    """Say what came of a promising meeting, for one's own organisation; only the two people who were
    asked may answer, each their own question (anyone else: not found). The answer can be changed."""
    event = get_object_or_404(Page.objects.live().public(), pk=event_id)
    try:
        question = follow_ups.follow_up_of(meeting_id, request.user)
    except MeetingFollowUp.DoesNotExist as error:
        raise Http404 from error
    programme = question.meeting.request.programme
    if not event_details.is_event(event) or event_details.source_event(event).pk != programme.event_id:
        raise Http404
    form = FollowUpForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        proposal = form.cleaned_data["proposal"]
        follow_ups.answer_follow_up(
            question, form.cleaned_data["outcome"], form.cleaned_data["agreement"], proposal.pk if proposal else None
        )
        messages.success(request, _("Thank you, your answer is saved. You can change it here at any time."))
        return redirect("meetings:follow_up", event_id=programme.event_id, meeting_id=meeting_id)
    other = question.meeting.request.other_side(question.profile)
    context = {
        "programme": programme,
        "event": in_reader_language(programme.event),
        "event_id": programme.event_id,
        "time_zone": event_details.event_time_zone(programme.event),
        "profile": question.profile,
        "meeting": question.meeting,
        "other": other,
        "form": form,
    }
    return TemplateResponse(request, "meetings/follow_up.html", context)
