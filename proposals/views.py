"""Screens around a proposal: expressing interest, managing its status, consortium and interests, My proposals.

Every view checks the visitor's right to the object it names: expressions of interest are
seen only by their author and by the leading cluster's managers (404 for anyone else).
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from accounts.mfa import mfa_redirect, mfa_required
from clusters.permissions import managed_clusters
from clusters.tree import attach_clusters, children_of_any_version
from portal.listing import filtered_listing
from portal.translations import in_reader_language

from . import interests, partner_search, services
from .errors import ProposalError
from .forms import ConsortiumMemberForm, ExpressionOfInterestForm, InterestAnswerForm, StatusChangeForm
from .models import ConsortiumMember, ExpressionOfInterest, ProposalIndexPage, ProposalPage
from .permissions import manages_proposal

INTERESTS_PER_PAGE = 20


def _live_proposal(proposal_id: int) -> ProposalPage:
    proposal = get_object_or_404(ProposalPage.objects.live(), pk=proposal_id)
    return in_reader_language(proposal)


def _managed_proposal(request: HttpRequest, proposal_id: int) -> ProposalPage:
    proposal = get_object_or_404(ProposalPage, pk=proposal_id)
    if not manages_proposal(request.user, proposal):
        raise PermissionDenied
    return in_reader_language(proposal)


def _visible_interest(request: HttpRequest, interest_id: int) -> ExpressionOfInterest:
    """An expression of interest its author or the leading cluster's managers may see; 404 for anyone else."""
    interest = get_object_or_404(ExpressionOfInterest.objects.select_related("proposal", "author"), pk=interest_id)
    if interest.author_id != request.user.pk and not manages_proposal(request.user, interest.proposal):
        raise Http404
    return interest


def proposals_index_url() -> str:
    index = ProposalIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return (index.get_url() if index else None) or "/"


def proposal_page_context(proposal: ProposalPage, request: HttpRequest) -> dict[str, Any]:
    """What a proposal's page shows: its timeline, consortium, and what the visitor may do with it."""
    original = proposal.original
    user = request.user
    can_manage = manages_proposal(user, original)
    own_interest = (
        ExpressionOfInterest.objects.filter(proposal=original, author=user).first() if user.is_authenticated else None
    )
    refusal = interests.interest_refusal(original, user) if proposal.is_looking_for_partners else None
    return {
        "cluster": proposal.cluster,
        "challenges": list(proposal.challenges.all()),
        "sectors": list(proposal.sectors.all()),
        "partners_sought": list(proposal.partners_sought.all()),
        "documents": list(proposal.documents.select_related("document")),
        "timeline": list(original.status_changes.select_related("changed_by")),
        "consortium": list(original.consortium.all()),
        "funding_call": in_reader_language(proposal.funding_call) if proposal.funding_call else None,
        "can_manage": can_manage,
        "own_interest": own_interest,
        "may_express_interest": proposal.is_looking_for_partners and refusal is None,
        "interest_refusal": refusal if user.is_authenticated and not own_interest and not can_manage else None,
        "pending_interests": original.expressions_of_interest.filter(status="pending").count() if can_manage else 0,
        "proposals_index_url": proposals_index_url(),
    }


@login_required
def express_interest(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _live_proposal(proposal_id)
    refusal = interests.interest_refusal(proposal, request.user)
    form = ExpressionOfInterestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and refusal is None and form.is_valid():
        data = form.cleaned_data
        try:
            interests.express_interest(
                proposal,
                request.user,
                organisation_name=data["organisation_name"],
                organisation_type=data["organisation_type"],
                country=data["country"],
                role_offered=data["role_offered"],
                message=data["message"],
                attachment=data.get("attachment") or None,
            )
        except ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your expression of interest was sent to the leading cluster's managers."))
            return redirect("proposals:mine")
    return render(request, "proposals/express_interest.html", {"proposal": proposal, "form": form, "refusal": refusal})


@login_required
@mfa_required
def manage_proposal(request: HttpRequest, proposal_id: int) -> HttpResponse:
    """The leading cluster's managers move the proposal along its pipeline and edit its consortium."""
    proposal = _managed_proposal(request, proposal_id)
    status_form = StatusChangeForm(proposal, request.POST if "new_status" in request.POST else None)
    member_form = ConsortiumMemberForm(request.POST if "organisation_name" in request.POST else None)
    if request.method == "POST":
        try:
            if status_form.is_bound and status_form.is_valid():
                change = services.change_proposal_status(
                    proposal, status_form.cleaned_data["new_status"], request.user, status_form.cleaned_data["note"]
                )
                messages.success(
                    request, _("The proposal is now “%(status)s”.") % {"status": change.get_new_status_display()}
                )
                return redirect("proposals:manage", proposal_id=proposal.pk)
            if member_form.is_bound and member_form.is_valid():
                services.add_consortium_member(proposal, request.user, **member_form.cleaned_data)
                messages.success(request, _("The partner was added to the consortium."))
                return redirect("proposals:manage", proposal_id=proposal.pk)
        except ProposalError as error:
            (status_form if status_form.is_bound else member_form).add_error(None, error.message)
    original = proposal.original
    return render(
        request,
        "proposals/manage.html",
        {
            "proposal": proposal,
            "status_form": status_form,
            "member_form": member_form,
            "timeline": list(original.status_changes.select_related("changed_by")),
            "consortium": list(original.consortium.all()),
            "interests": list(original.expressions_of_interest.select_related("author")),
        },
    )


@login_required
@mfa_required
@require_POST
def remove_consortium_member(request: HttpRequest, member_id: int) -> HttpResponse:
    member = get_object_or_404(ConsortiumMember.objects.select_related("proposal"), pk=member_id)
    if not manages_proposal(request.user, member.proposal):
        raise PermissionDenied
    try:
        services.remove_consortium_member(member, request.user)
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The partner was removed from the consortium."))
    return redirect("proposals:manage", proposal_id=member.proposal_id)


@login_required
@mfa_required
def renew_partner_search(request: HttpRequest, proposal_id: int) -> HttpResponse:
    """The landing page of the reminder's link: one button renews the search for partners."""
    proposal = _managed_proposal(request, proposal_id)
    error = None
    if request.method == "POST":
        try:
            expires_on = partner_search.renew_partner_search(proposal, request.user)
        except ProposalError as refusal:
            error = refusal.message
        else:
            messages.success(
                request,
                _("The proposal now looks for partners until %(date)s.")
                % {"date": date_format(expires_on, "DATE_FORMAT")},
            )
            return redirect(proposal.get_url(request) or "proposals:mine")
    return render(request, "proposals/renew.html", {"proposal": proposal, "error": error})


@login_required
@mfa_required
def managed_interests(request: HttpRequest) -> HttpResponse:
    """The expressions of interest in the proposals of the clusters this person manages."""
    clusters = list(managed_clusters(request.user))
    if not clusters:
        raise PermissionDenied
    received = ExpressionOfInterest.objects.filter(
        proposal__in=ProposalPage.objects.filter(children_of_any_version(clusters))
    ).select_related("proposal", "author", "answered_by")
    options = {"status": dict(ExpressionOfInterest.Status.choices)}

    def by_status(items, selected: dict[str, str]):
        items = items.filter(status=selected["status"]) if selected["status"] else items
        return items.order_by("status", "-created_at")

    listing = filtered_listing(request, received, options, by_status, INTERESTS_PER_PAGE)
    for interest in listing["page_obj"].object_list:
        interest.localized_proposal = in_reader_language(interest.proposal)
    return render(
        request,
        "proposals/managed_interests.html",
        {**listing, "answer_form": InterestAnswerForm(), "status_options": ExpressionOfInterest.Status.choices},
    )


@login_required
@mfa_required
@require_POST
def answer_interest(request: HttpRequest, interest_id: int) -> HttpResponse:
    interest = _visible_interest(request, interest_id)
    if not manages_proposal(request.user, interest.proposal):
        raise PermissionDenied
    form = InterestAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to accept or decline."))
        return redirect("proposals:interests")
    try:
        interests.answer_interest(
            interest, request.user, accept=form.cleaned_data["decision"] == "accept", reply=form.cleaned_data["reply"]
        )
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        if form.cleaned_data["decision"] == "accept":
            messages.success(
                request,
                _("%(organisation)s joined the consortium; they were told by email.")
                % {"organisation": interest.organisation_name},
            )
        else:
            messages.success(request, _("The expression of interest was declined; its author was told by email."))
    return redirect("proposals:interests")


@login_required
def interest_attachment(request: HttpRequest, interest_id: int) -> HttpResponse:
    interest = _visible_interest(request, interest_id)
    if interest.author_id != request.user.pk and (refusal := mfa_redirect(request)):
        return refusal  # a manager reading someone else's file
    if not interest.attachment:
        raise Http404
    return FileResponse(
        interest.attachment.open("rb"), as_attachment=True, filename=interest.attachment_name or "attachment"
    )


@login_required
def my_proposals(request: HttpRequest) -> HttpResponse:
    """The person's own expressions of interest, and the proposals of the clusters they manage."""
    sent = list(
        ExpressionOfInterest.objects.filter(author=request.user).select_related("proposal").order_by("-created_at")
    )
    for interest in sent:
        interest.localized_proposal = in_reader_language(interest.proposal)
    clusters = list(managed_clusters(request.user)) if not request.user.is_superuser else []
    led = []
    if clusters:
        led = list(
            ProposalPage.objects.filter(children_of_any_version(clusters), locale=Locale.get_active()).order_by(
                "-status_changed_at", "title"
            )
        )
        attach_clusters(led)
    return render(
        request,
        "proposals/mine.html",
        {"interests": sent, "led_proposals": led, "proposals_index_url": proposals_index_url()},
    )
