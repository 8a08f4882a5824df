"""Response headers that Django's SecurityMiddleware does not set, and requests no view should see."""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware import locale
from django.shortcuts import render
from django.urls import is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from .text import has_control_characters


class SecurityHeadersMiddleware:
    """Add an enforced Content-Security-Policy and a Permissions-Policy."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            policy = settings.CONTENT_SECURITY_POLICY_ADMIN
        else:
            policy = settings.CONTENT_SECURITY_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except for a "not found" from a view outside the language prefixes (the admin, the
    API, documents): it stays a 404, where Django would send the visitor on to /<language>/…, which
    Wagtail answers with its own 404 page (and the API's JSON error would be lost)."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if response.status_code == 404 and is_valid_path(request.path_info, urlconf):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _has_control_characters(values: Iterable[str]) -> bool:
    return any(has_control_characters(value) for value in values)


class RejectControlCharactersMiddleware:
    """A request whose query string holds control characters, or whose form holds a NUL byte, gets a
    400 before any view sees it: databases refuse NUL in text, and no person types either. The
    answer is a page in the visitor's language, or JSON under /api/.

    Form fields are checked for NUL only (pasted text may carry other control characters, which
    the forms themselves judge); uploaded files are left to the views that read them.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = [item for key, values in request.GET.lists() for item in (key, *values)]
        if _has_control_characters(query) or _form_has_nul(request):
            reason = _("The request holds characters that cannot be read.")
            if request.path.startswith("/api/"):
                return JsonResponse({"error": reason}, status=400)
            return render(request, "400.html", {"reason": reason}, status=400)
        return self.get_response(request)


def _form_has_nul(request: HttpRequest) -> bool:
    if request.method != "POST" or not request.content_type.startswith(FORM_CONTENT_TYPES):
        return False
    try:
        fields = [item for key, values in request.POST.lists() for item in (key, *values)]
    except (ValueError, UnicodeDecodeError):
        return False  # the view's own handling of a malformed body applies
    return any("\x00" in item for item in fields)
