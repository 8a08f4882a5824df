"""A person's profile, their data and deleting their account; and every login goes through allauth:
Wagtail's own login, logout and password views hand over to it."""

from urllib.parse import urlencode, urlsplit

from allauth.account import views as allauth_views
from allauth.account.views import logout as allauth_logout
from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from . import personal_data
from .forms import DeleteAccountForm, ProfileForm


def _next_on_this_site(request: HttpRequest) -> str:
    """The `next` of the request when it stays on this site, else ""."""
    target = request.GET.get("next", "")
    on_site = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if on_site else ""


def _refused(request: HttpRequest) -> TemplateResponse:
    """The page telling someone signed in that their account does not open the page they asked for."""
    return TemplateResponse(request, "403.html", status=403)


def _allauth_login(request: HttpRequest, default_next: str) -> HttpResponseRedirect:
    """Allauth's login page (GET, whatever the method asked), keeping `next` when it stays on this site."""
    target = _next_on_this_site(request) or default_next
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


class LoginView(allauth_views.LoginView):
    """allauth's login page. Wagtail sends someone signed in whose account has no access to the admin
    to this page, with the admin as `next`: they are told so here, rather than sent back to the admin,
    which would send them here again."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        sent_by_the_admin = urlsplit(_next_on_this_site(request)).path.startswith("/admin/")
        if sent_by_the_admin and user.is_authenticated and not user.has_perm("wagtailadmin.access_admin"):
            return _refused(request)
        return super().dispatch(request, *args, **kwargs)


login = LoginView.as_view()


def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """/admin/login/ (GET or POST): allauth's login, then the admin."""
    return _allauth_login(request, "/admin/")


def frontend_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's login for private pages (/<language>/_util/login/): allauth's login, then the page.
    Someone signed in is sent here by a page open to some groups only, not theirs: they are told so."""
    if request.user.is_authenticated and _next_on_this_site(request):
        return _refused(request)
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


@login_required
@require_GET
@never_cache
def download_personal_data(request: HttpRequest) -> JsonResponse:
    """Everything the portal holds about the person, as a JSON file."""
    response = JsonResponse(
        personal_data.export_personal_data(request.user), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="medclusters-my-data.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def delete_account(request: HttpRequest) -> HttpResponse:
    """What deleting one's account does, and the form that does it (the password, or the address)."""
    refusal = personal_data.deletion_refusal(request.user)
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and refusal is None:
        if not ratelimit.consume(request, action="reauthenticate", user=request.user):
            form.add_error(None, _("Too many attempts: try again in a few minutes."))
        elif form.is_valid():
            try:
                personal_data.delete_account(request.user)
            except personal_data.AccountDeletionError as error:
                refusal = error.message
            else:
                logout(request)
                messages.success(request, _("Your account is deleted. Thank you for having taken part."))
                return redirect(f"/{get_language()}/")
    return TemplateResponse(request, "accounts/delete_account.html", {"form": form, "refusal": refusal})
