"""Wagtail's own login and password views are replaced by allauth's."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """Send /admin/login/ (GET or POST) to allauth's login, keeping a safe `next`."""
    target = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/admin/"
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


def admin_password_reset(request: HttpRequest) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("account_reset_password"))
