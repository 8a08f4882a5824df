"""The Wagtail admin shows and changes other people's data: where MFA is required, every admin
screen needs a session that passed MFA (see accounts/mfa.py)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .mfa import mfa_redirect


class AdminRequiresMFAMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/admin/"):
            redirected = mfa_redirect(request)
            if redirected is not None:
                return redirected
        return self.get_response(request)
