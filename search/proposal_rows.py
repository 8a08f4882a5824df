"""Joint proposals and funding calls (proposals app) in search results.

A proposal shows its status (kept on its source version, see
`portal.translations.source_of`) and counts its challenges in the theme facet; a funding call is dated
by its deadline and shows whether it is open.
"""

from collections.abc import Mapping
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, OuterRef, Subquery, When
from django.utils.translation import gettext_lazy as _

from proposals.models import Challenge, FundingCallPage, ProposalPage, ProposalStatus

from .facts import Facts, in_its_cluster
from .rows import PageType, Result, RowContext, register_page_type, register_theme_model


def _source_status() -> Case:
    """A proposal's status, as its source version (the first of its item) holds it: a version published
    from an older draft may hold an older one. Looked up for proposals only."""
    source = ProposalPage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")
    proposal = ContentType.objects.get_for_model(ProposalPage)
    return Case(When(content_type=proposal, then=Subquery(source.values("status")[:1])))


def _proposal_rows(proposals: list[ProposalPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for proposal in proposals:
        status = getattr(proposal, "source_status", None) or proposal.status
        rows[proposal.pk] = Result(
            title=proposal.title,
            url=context.url(proposal),
            type="proposal",
            locale=context.language(proposal),
            status=str(ProposalStatus(status).label) if status in ProposalStatus.values else "",
            texts=(proposal.search_description or proposal.summary, proposal.objectives),
        )
    return rows


def _call_rows(calls: list[FundingCallPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for call in calls:
        rows[call.pk] = Result(
            title=call.title,
            url=context.url(call),
            type="call",
            locale=context.language(call),
            date_label=str(_("Deadline")),
            status=call.get_status_display(),
            texts=(call.search_description or call.summary, call.description),
        )
    return rows


register_page_type(
    PageType(
        "proposal",
        ProposalPage,
        _("Joint proposal"),
        _("Joint proposals"),
        _proposal_rows,
        terms=(("sectors", "sectors"), ("challenges", "themes")),
        annotations=(("source_status", _source_status),),
        facts=in_its_cluster,
    )
)


def _call_facts(fields: Mapping[str, Any], context: RowContext) -> Facts:
    """A funding call's: its deadline."""
    return Facts(date=fields["deadline"])


register_page_type(
    PageType(
        "call",
        FundingCallPage,
        _("Funding call"),
        _("Funding calls"),
        _call_rows,
        lambda call: call.deadline,
        facts=_call_facts,
        fact_fields=("deadline",),
    )
)
register_theme_model(Challenge)
