"""The member directory at /<language>/members/: the members app's filtered directory, searched by
name, activity or capability."""

import logging

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from members.directory import RESULTS_PER_PAGE, filtered_directory
from members.models import MemberOrganisation, MemberOrganisationQuerySet
from portal.listing import paginate

from .services import DATABASE_BACKEND, search_backend_for_query, search_with_fallback

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200


def member_directory(request: HttpRequest) -> HttpResponse:
    directory = filtered_directory(request)
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
    search_error = False
    if query:
        ranked, search_error = _ranked(directory.searchable, query)
        allowed = set(directory.members.filter(pk__in=ranked).values_list("pk", flat=True))
        page_obj = paginate([pk for pk in ranked if pk in allowed], request, RESULTS_PER_PAGE)
        by_id = MemberOrganisation.objects.filter(pk__in=page_obj.object_list).for_listing().in_bulk()
        page_obj.object_list = [by_id[pk] for pk in page_obj.object_list]
    else:
        page_obj = paginate(directory.members.order_by("name", "pk").for_listing(), request, RESULTS_PER_PAGE)
    return TemplateResponse(request, "members/directory.html", directory.context(page_obj, query, search_error))


def _ranked(members: MemberOrganisationQuerySet, query: str) -> tuple[list[int], bool]:
    """The ids of the members matching `query`, best first, and whether the search failed."""
    try:
        outcome = search_with_fallback(members, query)
        ranked = [hit.pk for hit in outcome.results]
        # A word being typed (“precis”) matches names that start with it.
        backend = DATABASE_BACKEND if outcome.reduced_mode else search_backend_for_query()
        return ranked or [hit.pk for hit in members.autocomplete(query, backend=backend)], False
    except Exception:
        logger.exception("Member search failed for %r", query)
        return [], True
