"""Screens around a proposal: expressing interest, managing its status, consortium and interests, My proposals.

Every view checks the visitor's right to the object it names: expressions of interest are
seen only by their author and by the leading cluster's managers (404 for anyone else).
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from clusters.models import ClusterPage
from members.permissions import managed_clusters
from practices.models import page_number

from . import services
from .forms import ConsortiumMemberForm, ExpressionOfInterestForm, InterestAnswerForm, StatusChangeForm
from .listings import attach_clusters
from .models import ConsortiumMember, ExpressionOfInterest, ProposalIndexPage, ProposalPage


def _in_current_language(proposal: ProposalPage) -> ProposalPage:
    translated = proposal.get_translation_or_none(Locale.get_active())
    return translated.specific if translated and translated.live else proposal


def _live_proposal(proposal_id: int) -> ProposalPage:
    proposal = get_object_or_404(ProposalPage.objects.live(), pk=proposal_id)
    return _in_current_language(proposal)


def _managed_proposal(request: HttpRequest, proposal_id: int) -> ProposalPage:
    proposal = get_object_or_404(ProposalPage, pk=proposal_id)
    if not services.manages_proposal(request.user, proposal):
        raise PermissionDenied
    return _in_current_language(proposal)


def _visible_interest(request: HttpRequest, interest_id: int) -> ExpressionOfInterest:
    """An expression of interest its author or the leading cluster's managers may see; 404 for anyone else."""
    interest = get_object_or_404(ExpressionOfInterest.objects.select_related("proposal", "author"), pk=interest_id)
    if interest.author_id != request.user.pk and not services.manages_proposal(request.user, interest.proposal):
        raise Http404
    return interest


def _proposals_led_by(clusters: list[ClusterPage]):
    """The proposals (every language version) under any language version of these clusters."""
    condition = Q(pk__in=[])
    for cluster in ClusterPage.objects.filter(translation_key__in=[cluster.translation_key for cluster in clusters]):
        condition |= Q(path__startswith=cluster.path, depth=cluster.depth + 1)
    return ProposalPage.objects.filter(condition)


def proposals_index_url() -> str:
    index = ProposalIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return (index.get_url() if index else None) or "/"


def proposal_page_context(proposal: ProposalPage, request: HttpRequest) -> dict[str, Any]:
    """What a proposal's page shows: its timeline, consortium, and what the visitor may do with it."""
    original = proposal.original
    user = request.user
    can_manage = services.manages_proposal(user, original)
    own_interest = (
        ExpressionOfInterest.objects.filter(proposal=original, author=user).first() if user.is_authenticated else None
    )
    refusal = services.interest_refusal(original, user) if proposal.is_looking_for_partners else None
    return {
        "cluster": proposal.cluster,
        "challenges": list(proposal.challenges.all()),
        "sectors": list(proposal.sectors.all()),
        "partners_sought": list(proposal.partners_sought.all()),
        "documents": list(proposal.documents.select_related("document")),
        "timeline": list(original.status_changes.select_related("changed_by")),
        "consortium": list(original.consortium.all()),
        "funding_call": _in_current_language(proposal.funding_call) if proposal.funding_call else None,
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
    refusal = services.interest_refusal(proposal, request.user)
    form = ExpressionOfInterestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and refusal is None and form.is_valid():
        data = form.cleaned_data
        try:
            services.express_interest(
                proposal,
                request.user,
                organisation_name=data["organisation_name"],
                organisation_type=data["organisation_type"],
                country=data["country"],
                role_offered=data["role_offered"],
                message=data["message"],
                attachment=data.get("attachment") or None,
            )
        except services.ProposalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your expression of interest was sent to the leading cluster's managers."))
            return redirect("proposals:mine")
    return render(request, "proposals/express_interest.html", {"proposal": proposal, "form": form, "refusal": refusal})


@login_required
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
        except services.ProposalError as error:
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
@require_POST
def remove_consortium_member(request: HttpRequest, member_id: int) -> HttpResponse:
    member = get_object_or_404(ConsortiumMember.objects.select_related("proposal"), pk=member_id)
    if not services.manages_proposal(request.user, member.proposal):
        raise PermissionDenied
    try:
        services.remove_consortium_member(member, request.user)
    except services.ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The partner was removed from the consortium."))
    return redirect("proposals:manage", proposal_id=member.proposal_id)


@login_required
def renew_partner_search(request: HttpRequest, proposal_id: int) -> HttpResponse:
    """The landing page of the reminder's link: one button renews the search for partners."""
    proposal = _managed_proposal(request, proposal_id)
    error = None
    if request.method == "POST":
        try:
            expires_on = services.renew_partner_search(proposal, request.user)
        except services.ProposalError as refusal:
            error = refusal.message
        else:
            messages.success(
                request, _("The proposal now looks for partners until %(date)s.") % {"date": _date(expires_on)}
            )
            return redirect(proposal.get_url(request) or "proposals:mine")
    return render(request, "proposals/renew.html", {"proposal": proposal, "error": error})


def _date(value) -> str:
    from django.utils.formats import date_format

    return date_format(value, "DATE_FORMAT")


@login_required
def managed_interests(request: HttpRequest) -> HttpResponse:
    """The expressions of interest in the proposals of the clusters this person manages."""
    clusters = list(managed_clusters(request.user))
    if not clusters:
        raise PermissionDenied
    interests = ExpressionOfInterest.objects.filter(proposal__in=_proposals_led_by(clusters)).select_related(
        "proposal", "author", "answered_by"
    )
    status = request.GET.get("status", "")
    if status in ExpressionOfInterest.Status.values:
        interests = interests.filter(status=status)
    else:
        status = ""
    page_obj = Paginator(interests.order_by("status", "-created_at"), 20).get_page(page_number(request.GET.get("page")))
    for interest in page_obj.object_list:
        interest.localized_proposal = _in_current_language(interest.proposal)
    return render(
        request,
        "proposals/managed_interests.html",
        {
            "page_obj": page_obj,
            "answer_form": InterestAnswerForm(),
            "status_options": ExpressionOfInterest.Status.choices,
            "selected_status": status,
            "filter_query": f"status={status}" if status else "",
        },
    )


@login_required
@require_POST
def answer_interest(request: HttpRequest, interest_id: int) -> HttpResponse:
    interest = _visible_interest(request, interest_id)
    if not services.manages_proposal(request.user, interest.proposal):
        raise PermissionDenied
    form = InterestAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to accept or decline."))
        return redirect("proposals:interests")
    try:
        services.answer_interest(
            interest, request.user, accept=form.cleaned_data["decision"] == "accept", reply=form.cleaned_data["reply"]
        )
    except services.ProposalError as error:
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
def interest_attachment(request: HttpRequest, interest_id: int) -> FileResponse:
    interest = _visible_interest(request, interest_id)
    if not interest.attachment:
        raise Http404
    return FileResponse(
        interest.attachment.open("rb"), as_attachment=True, filename=interest.attachment_name or "attachment"
    )


@login_required
def my_proposals(request: HttpRequest) -> HttpResponse:
    """The person's own expressions of interest, and the proposals of the clusters they manage."""
    interests = list(
        ExpressionOfInterest.objects.filter(author=request.user).select_related("proposal").order_by("-created_at")
    )
    for interest in interests:
        interest.localized_proposal = _in_current_language(interest.proposal)
    clusters = list(managed_clusters(request.user)) if not request.user.is_superuser else []
    led = []
    if clusters:
        led = list(
            _proposals_led_by(clusters).filter(locale=Locale.get_active()).order_by("-status_changed_at", "title")
        )
        attach_clusters(led)
    return render(
        request,
        "proposals/mine.html",
        {"interests": interests, "led_proposals": led, "proposals_index_url": proposals_index_url()},
    )
