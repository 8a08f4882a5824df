"""The document library at /<language>/documents/."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from .library import library_listing


def library(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "documents/library.html", library_listing(request))
