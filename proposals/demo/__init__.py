"""Demo funding calls and proposals, in English, French and Arabic.

Loaded by `manage.py load_demo` after the clusters and accounts; running it again creates nothing.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from clusters.models import ClusterPage, Sector
from portal.models import HomePage
from proposals.models import (
    Challenge,
    ConsortiumMember,
    ExpressionOfInterest,
    FundingCallIndexPage,
    FundingCallPage,
    PartnerProfileSought,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatus,
)
from proposals.services import PARTNER_SEARCH_PERIOD, change_proposal_status

from .calls import CALL_INDEX, CALLS
from .proposals import PROPOSAL_INDEX, PROPOSALS

CALL_FACTS = (
    "programme",
    "topic_identifier",
    "budget",
    "currency",
    "open_to_associated_countries",
    "open_to_neighbourhood_countries",
    "min_consortium_countries",
    "official_url",
    "outcome",
)


def load_proposals(command, locales: dict[str, Locale]) -> None:
    """Create the two index pages, the calls and the proposals once; a second run creates nothing.

    `command` is the load_demo command: its `load_page` and `translate` helpers create pages in
    the three languages, and `created` counts what was added.
    """
    home = HomePage.objects.get(locale=locales["en"], depth=2)
    call_index = command.load_page(FundingCallIndexPage, home, "funding-calls", CALL_INDEX, locales, show_in_menus=True)
    command.load_page(ProposalIndexPage, home, "proposals", PROPOSAL_INDEX, locales, show_in_menus=True)
    calls = {data["slug"]: load_call(command, call_index, data, locales) for data in CALLS}
    for data in PROPOSALS:
        load_proposal(command, data, calls, locales)


def load_call(command, index: FundingCallIndexPage, data: dict, locales) -> FundingCallPage:
    command.step(f"funding call {data['slug']}")
    call = FundingCallPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if call is None:
        today = timezone.localdate()
        facts = {name: data[name] for name in CALL_FACTS if data.get(name) is not None}
        if "budget" in facts:
            facts["budget"] = Decimal(facts["budget"])
        call = FundingCallPage(
            slug=data["slug"],
            locale=locales["en"],
            opening_date=today + datetime.timedelta(days=data["opens_in"]),
            deadline_date=today + datetime.timedelta(days=data["deadline_in"]),
            **facts,
            **data["en"],
        )
        index.add_child(instance=call)
        call.save_revision().publish()
        command.created += 1
    command.translate(call, data, locales)
    return call


def load_proposal(command, data: dict, calls: dict[str, FundingCallPage], locales) -> None:
    cluster = ClusterPage.objects.get(locale=locales["en"], slug=data["cluster"])
    command.step(f"proposal {cluster.acronym}: {data['slug']}")
    proposal = ProposalPage.objects.child_of(cluster).filter(slug=data["slug"]).first()
    if proposal is None:
        manager = get_user_model().objects.get(email=f"manager@{cluster.slug}.example.org")
        proposal = ProposalPage(
            slug=data["slug"],
            locale=locales["en"],
            owner=manager,
            funding_call=calls.get(data.get("call", "")),
            indicative_budget=Decimal(data["budget"]),
            currency=data.get("currency", "EUR"),
            duration_months=data["duration_months"],
            **data["en"],
        )
        proposal.challenges = list(Challenge.objects.filter(slug__in=data["challenges"]))
        proposal.sectors = list(Sector.objects.filter(slug__in=data["sectors"]))
        proposal.partners_sought = [
            PartnerProfileSought(role=role, organisation_type=kind, capability=capability, countries=countries)
            for role, kind, capability, countries in data["partners_sought"]
        ]
        cluster.add_child(instance=proposal)
        proposal.save_revision().publish()
        proposal.refresh_from_db()
        follow_history(proposal, data, manager)
        proposal.refresh_from_db()  # the translations copy the dates the history gave it
        command.created += 1
    command.translate(proposal, data, locales)


def follow_history(proposal: ProposalPage, data: dict, manager) -> None:
    """Take the proposal through its steps, with its consortium and interest, then date each step."""
    now = timezone.now()
    for organisation, country, role in data["consortium"]:
        ConsortiumMember.objects.create(
            proposal=proposal, organisation_name=organisation, country=country, role=role, added_by=manager
        )
    dates = [now - datetime.timedelta(days=days) for _status, days in data["steps"]]
    for status, _days in data["steps"]:
        change_proposal_status(proposal, status, manager)
        if status == ProposalStatus.LOOKING_FOR_PARTNERS:
            add_interests(proposal, data, manager)
    changes = list(proposal.status_changes.order_by("pk"))
    first_day = (dates[0] if dates else now) - datetime.timedelta(days=30)
    for change, when in zip(changes, [first_day, *dates], strict=True):
        change.changed_at = when
        change.save(update_fields=["changed_at"])
    fields = {"status_changed_at": changes[-1].changed_at}
    looking = [
        when for (status, _days), when in zip(data["steps"], dates, strict=True) if status == "looking_for_partners"
    ]
    if looking and proposal.status == ProposalStatus.LOOKING_FOR_PARTNERS:
        fields["partner_search_expires_on"] = looking[-1].date() + PARTNER_SEARCH_PERIOD
    ProposalPage.objects.filter(translation_key=proposal.translation_key).update(**fields)


def add_interests(proposal: ProposalPage, data: dict, manager) -> None:
    User = get_user_model()
    for email, organisation, country, role, message, answer in data["interests"]:
        interest = ExpressionOfInterest.objects.create(
            proposal=proposal,
            author=User.objects.get(email=email),
            organisation_name=organisation,
            country=country,
            role_offered=role,
            message=message,
            status=answer or ExpressionOfInterest.Status.PENDING,
            answered_at=timezone.now() if answer else None,
            answered_by=manager if answer else None,
            reply="Welcome on board: we will send the draft work plan next week." if answer == "accepted" else "",
        )
        if answer == "accepted":
            ConsortiumMember.objects.create(
                proposal=proposal,
                organisation_name=organisation,
                country=country,
                role=role,
                added_by=manager,
                expression_of_interest=interest,
            )
