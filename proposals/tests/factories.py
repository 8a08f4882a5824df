"""Builders for funding calls and proposals in tests, and the demo's people around them (clusters and
new people come from `tests.factories`)."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale

from clusters.models import ClusterPage, Sector
from proposals.models import Challenge, FundingCallIndexPage, FundingCallPage, ProposalPage, ProposalStatus
from proposals.services import change_proposal_status
from tests.factories import cluster as demo_cluster

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def user(email: str):
    return get_user_model().objects.get(email=email)


def manager(slug: str = "ce3m"):
    return user(f"manager@{slug}.example.org")


def publish_call(slug: str, *, deadline: datetime.date, programme: str = "horizon-europe", **fields) -> FundingCallPage:
    index = FundingCallIndexPage.objects.get(locale__language_code="en")
    call = FundingCallPage(
        title=fields.pop("title", f"Call {slug}"),
        slug=slug,
        programme=programme,
        summary=f"The summary of {slug}.",
        deadline_date=deadline,
        official_url="https://ec.europa.eu/info/funding-tenders/",
        **fields,
    )
    index.add_child(instance=call)
    call.save_revision().publish()
    return call


def publish_proposal(
    cluster: ClusterPage | str = "ce3m",
    slug: str = "a-proposal",
    *,
    status: str = ProposalStatus.IDEA,
    challenges: tuple[str, ...] = (),
    sectors: tuple[str, ...] = (),
    funding_call: FundingCallPage | None = None,
    title: str = "",
) -> ProposalPage:
    """A live proposal led by `cluster`, moved along the pipeline by its manager up to `status`."""
    if isinstance(cluster, str):
        cluster = demo_cluster(cluster)
    proposal = ProposalPage(
        title=title or f"Proposal {slug}",
        slug=slug,
        summary=f"The summary of {slug}.",
        objectives=f"<p>The objectives of {slug}.</p>",
        funding_call=funding_call,
        locale=Locale.objects.get(language_code="en"),
    )
    proposal.challenges = list(Challenge.objects.filter(slug__in=challenges))
    proposal.sectors = list(Sector.objects.filter(slug__in=sectors))
    cluster.add_child(instance=proposal)
    proposal.save_revision().publish()
    proposal.refresh_from_db()
    path = {
        ProposalStatus.IDEA: [],
        ProposalStatus.LOOKING_FOR_PARTNERS: [ProposalStatus.LOOKING_FOR_PARTNERS],
        ProposalStatus.CONSORTIUM_FORMED: [ProposalStatus.LOOKING_FOR_PARTNERS, ProposalStatus.CONSORTIUM_FORMED],
        ProposalStatus.SUBMITTED: [
            ProposalStatus.LOOKING_FOR_PARTNERS,
            ProposalStatus.CONSORTIUM_FORMED,
            ProposalStatus.SUBMITTED,
        ],
    }[status]
    by = manager(cluster.slug)
    for step in path:
        change_proposal_status(proposal, step, by)
    return proposal


def pdf_upload(name: str = "profile.pdf", content: bytes = MINIMAL_PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")
