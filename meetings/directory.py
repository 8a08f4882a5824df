"""The directory of an event's participants: the filters a visitor may choose (read from the query
string by `portal.listing`) and what each keeps."""

from typing import Any

from django.db.models import Q, QuerySet

from clusters.models import Sector
from members.models import MemberType
from portal.countries import COUNTRY_CHOICES

from .forms import opportunity_types_of
from .models import MeetingProgramme, Opportunity, ParticipantProfile


def filter_options(programme: MeetingProgramme) -> dict[str, dict[str, Any]]:
    """For each filter, the values it accepts and what its menu shows for them."""
    return {
        "country": dict(COUNTRY_CHOICES),
        "organisation_type": dict(MemberType.choices),
        "sector": {sector.slug: sector.name for sector in Sector.objects.all()},
        "opportunity": {kind.slug: kind.name for kind in opportunity_types_of(programme)},
        "kind": dict(Opportunity.Kind.choices),
    }


def apply_filters(profiles: QuerySet[ParticipantProfile], selected: dict[str, str]) -> QuerySet[ParticipantProfile]:
    """The profiles matching every chosen filter (an empty value leaves its filter out)."""
    chosen = {name: value for name, value in selected.items() if value}
    if "country" in chosen:
        profiles = profiles.filter(country=chosen["country"])
    if "organisation_type" in chosen:
        profiles = profiles.filter(organisation_type=chosen["organisation_type"])
    if "sector" in chosen:
        profiles = profiles.filter(sectors__slug=chosen["sector"])
    if "opportunity" in chosen or "kind" in chosen:
        condition = Q()
        if "opportunity" in chosen:
            condition &= Q(type__slug=chosen["opportunity"])
        if "kind" in chosen:
            condition &= Q(kind=chosen["kind"])
        profiles = profiles.filter(pk__in=Opportunity.objects.filter(condition).values("profile"))
    return profiles.distinct()
