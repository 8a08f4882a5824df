"""A person's profile; and every login goes through allauth: Wagtail's own login, logout and password
views hand over to it."""

from urllib.parse import urlencode

from allauth.account.views import logout as allauth_logout
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .forms import ProfileForm


def _allauth_login(request: HttpRequest, default_next: str) -> HttpResponseRedirect:
    """Allauth's login page (GET, whatever the method asked), keeping `next` when it stays on this site."""
    target = request.GET.get("next", "") or default_next
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = default_next
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """/admin/login/ (GET or POST): allauth's login, then the admin."""
    return _allauth_login(request, "/admin/")


def frontend_login(request: HttpRequest) -> HttpResponseRedirect:
    """Wagtail's login for private pages (/<language>/_util/login/): allauth's login, then the page."""
    return _allauth_login(request, "/")


def admin_logout(request: HttpRequest) -> HttpResponse:
    """/admin/logout/: the admin's button posts here and is logged out by allauth. A GET (a link, an
    image on another site) logs nobody out: it opens allauth's page that asks to confirm."""
    if request.method == "POST":
        return allauth_logout(request)
    return HttpResponseRedirect(reverse("account_logout"))


def admin_password_reset(request: HttpRequest) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("account_reset_password"))


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    """The person's own profile (nobody else's: the form edits `request.user`)."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("account_profile")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})
