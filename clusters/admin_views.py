"""Admin screen where portal administrators switch editorial review on or off per cluster."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.translations import sources

from .forms import InviteManagerForm, ReviewSwitchForm
from .models import ClusterPage
from .services import editors_group_name, invite_manager, review_required, set_review_required


@require_http_methods(["GET", "POST"])
def cluster_review(request: HttpRequest) -> HttpResponse:
    if not request.user.is_superuser:
        raise PermissionDenied
    clusters = sources(ClusterPage.objects.all()).order_by("title")
    if request.method == "POST":
        switch = ReviewSwitchForm(request.POST)
        if not switch.is_valid():
            raise Http404  # no such cluster
        cluster, required = switch.cleaned_data["cluster"], switch.cleaned_data["review"] == "on"
        set_review_required(cluster, required)
        if required:
            messages.success(request, _("%(cluster)s: changes now go through review.") % {"cluster": cluster.title})
        else:
            messages.success(request, _("%(cluster)s: editors publish directly.") % {"cluster": cluster.title})
        return redirect("clusters_review")
    rows = [
        {"cluster": cluster, "group": editors_group_name(cluster), "review": review_required(cluster)}
        for cluster in clusters
    ]
    return TemplateResponse(request, "clusters/admin/review.html", {"rows": rows, "header_title": _("Cluster review")})


@require_http_methods(["GET", "POST"])
def invite_cluster_manager(request: HttpRequest) -> HttpResponse:
    if not request.user.is_superuser:
        raise PermissionDenied
    form = InviteManagerForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        cluster = form.cleaned_data["cluster"]
        email = form.cleaned_data["email"]
        invite_manager(cluster, email, form.cleaned_data["language"], invited_by=request.user)
        messages.success(
            request,
            _("%(email)s can now edit %(cluster)s; an invitation is on its way.")
            % {"email": email, "cluster": cluster.title},
        )
        return redirect("clusters_invite")
    return TemplateResponse(
        request, "clusters/admin/invite.html", {"form": form, "header_title": _("Invite a cluster manager")}
    )
