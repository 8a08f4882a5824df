"""A person's own organisation in the directory: find it, claim it (POST), see whether the managers of
its cluster confirmed it, withdraw it (POST)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .affiliations import AffiliationError, affiliation_of, claim_organisation, withdraw_affiliation
from .forms import OrganisationChoiceForm

QUERY_MAX_LENGTH = 100


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
