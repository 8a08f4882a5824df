"""Two-factor authentication that means it: where MFA is required (production), a screen that
shows or changes other people's data opens only in a session that passed MFA at this login.

Having an authenticator is not enough: a session that logged in some other way (or before the
authenticator was set up) is asked for a code first.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _


def passed_mfa(request: HttpRequest) -> bool:
    """Whether this session entered a second factor since it logged in."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def mfa_redirect(request: HttpRequest) -> HttpResponse | None:
    """Where to send a person who must pass MFA first; None when they may go on."""
    if not settings.MFA_REQUIRED or not request.user.is_authenticated or passed_mfa(request):
        return None
    if not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists():
        messages.warning(request, _("Set up an authenticator app before you manage other people's data."))
        return redirect("mfa_activate_totp")
    messages.info(request, _("Enter a code from your authenticator app to continue."))
    return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")


def mfa_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A view that shows or changes other people's data: see `mfa_redirect`."""

    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return mfa_redirect(request) or view(request, *args, **kwargs)

    return guarded
