"""A member organisation's public page and writing to its cluster about it; a person's own organisation
in the directory: find it, claim it (POST), see whether the managers of its cluster confirmed it,
withdraw it (POST)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from clusters.models import ClusterPage
from clusters.views import contact_page
from portal.translations import in_reader_language

from .affiliations import AffiliationError, affiliation_of, claim_organisation, withdraw_affiliation
from .forms import OrganisationChoiceForm
from .models import MemberOrganisation

QUERY_MAX_LENGTH = 100


def public_member(member_id: int) -> MemberOrganisation:
    """A member the directory lists (its cluster is published and public), or 404."""
    members = MemberOrganisation.objects.listed().filter(cluster__in=ClusterPage.objects.public())
    return get_object_or_404(members.select_related("cluster"), pk=member_id)


@require_http_methods(["GET", "HEAD"])
def member_profile(request: HttpRequest, member_id: int) -> HttpResponse:
    member = public_member(member_id)
    cluster = in_reader_language(member.cluster)
    context = {
        "member": member,
        "cluster": cluster,
        "cluster_url": cluster.get_url(request),
        "contact_url": reverse("member_contact", args=[member.pk]),
    }
    return TemplateResponse(request, "members/member_page.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def contact_member(request: HttpRequest, member_id: int) -> HttpResponse:
    """The contact form of the member's cluster, saying which member the message is about."""
    member = public_member(member_id)
    back_url = reverse("member_profile", args=[member.pk])
    return contact_page(request, in_reader_language(member.cluster), back_url=back_url, concerning=member.name)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_organisation(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = OrganisationChoiceForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose an organisation of the member directory."))
            return redirect("my_organisation")
        organisation = form.cleaned_data["organisation"]
        try:
            claim_organisation(request.user, organisation)
        except AffiliationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("You named “%(organisation)s”: the managers of its cluster will confirm it.")
                % {"organisation": organisation.name},
            )
        return redirect("my_organisation")
    query = request.GET.get("q", "").strip()[:QUERY_MAX_LENGTH]
    context = {
        "affiliation": affiliation_of(request.user),
        "query": query,
        "form": OrganisationChoiceForm(query=query) if query else None,
    }
    return TemplateResponse(request, "members/my_organisation.html", context)


@require_POST
@login_required
def withdraw_my_organisation(request: HttpRequest) -> HttpResponse:
    if withdraw_affiliation(request.user):
        messages.success(request, _("Your profile no longer names an organisation of the directory."))
    return redirect("my_organisation")
