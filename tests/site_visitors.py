"""Who visits the site in the site-wide tests, and the demo objects their addresses name.

The objects belong to CE3M (its coming Techdays, a proposal it leads, a member, the B2B programme
of its event, a document and an image in its collection); the visitors are a partner taking part
in those Techdays' B2B meetings, a CE3M manager, a QOOT manager, an administrator, and a CE3M
manager whose session did not pass MFA where MFA is required.
"""

from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site, Task, Workflow, get_page_models

from agenda.models import EventPage, Registration
from agenda.signed_links import cancel_token, checkin_token
from clusters.models import Sector
from clusters.services import cluster_collection, editors_group_name
from documents.models import LibraryDocument
from following.unsubscribe import unsubscribe_token
from meetings.models import MeetingFollowUp, MeetingProgramme, MeetingRequest, ParticipantProfile
from members.models import MemberOrganisation
from observatory.models import ClusterYearFigures
from outbox.models import OutboxMessage
from practices.models import Theme
from proposals.models import Challenge, ConsortiumMember, ExpressionOfInterest, ProposalPage
from tests.factories import cluster

ROLES = ("anonymous", "partner", "manager", "other_manager", "administrator", "manager_without_mfa")
ACCOUNTS = {
    "partner": "partner2@example.org",
    "manager": "manager@ce3m.example.org",
    "other_manager": "manager@qoot.example.org",
    "administrator": "admin@example.org",
    "manager_without_mfa": "manager@ce3m.example.org",
}
TECHDAYS = "techdays-casablanca"
NOTHING = 999999  # the id of no object: Wagtail's screens that need one answer "not found" or refuse


@dataclass
class DemoSite:
    values: dict[str, object]  # route parameters by name, and objects that tables refer to
    pages: dict[str, str]  # page type -> a page's path below the language


def _page_paths(ce3m: Page) -> dict[str, str]:
    """One English page of each type, CE3M's where the type belongs to a cluster."""
    paths = {}
    for model in get_page_models():
        pages = model.objects.live().filter(locale__language_code="en").order_by("path")
        page = pages.descendant_of(ce3m).first() or pages.first()
        if model is not Page and page is not None:
            paths[model.__name__] = page.url.removeprefix("/en/")
    paths["EventPage"] = f"events/{TECHDAYS}/"
    return paths


def _front_end_values(ce3m: Page) -> dict[str, object]:
    """The techdays, a proposal CE3M leads, and the partner's registration and B2B meetings there."""
    partner = get_user_model().objects.get(email=ACCOUNTS["partner"])
    event = EventPage.objects.get(slug=TECHDAYS, locale__language_code="en")
    registration = Registration.objects.get(event=event.registration_event, user=partner)
    proposal = ProposalPage.objects.live().filter(locale__language_code="en").descendant_of(ce3m).first()
    interest = ExpressionOfInterest.objects.filter(proposal=proposal.original).first()
    interest.attachment.save("capabilities.pdf", ContentFile(b"%PDF-1.4 capabilities"))
    programme = MeetingProgramme.objects.get(event=event.registration_event)
    profile = ParticipantProfile.objects.get(programme=programme, user=partner)
    meeting = profile.sent_requests.filter(meeting__isnull=False).first().meeting
    MeetingFollowUp.objects.get_or_create(meeting=meeting, profile=profile, defaults={"sent_at": event.start})
    return {
        "event_id": event.pk,
        "proposal_id": proposal.pk,
        "interest_id": interest.pk,
        "member_id": ConsortiumMember.objects.filter(proposal=proposal.original).first().pk,
        "profile_id": programme.profiles.exclude(pk=profile.pk).first().pk,
        "opportunity_id": profile.opportunities.first().pk,
        "request_id": MeetingRequest.objects.filter(recipient=profile).first().pk,
        "meeting_id": meeting.pk,
        "kind": "proposal",
        "cluster": "ce3m",
        "cancel_token": cancel_token(registration),
        "checkin_token": checkin_token(registration),
        "unsubscribe_token": unsubscribe_token(partner),
        "key": "not-a-key",
        "uidb36": "1",
        "registrations": event.registration_event.pk,
        "programme": programme.pk,
    }


def _admin_values(ce3m: Page) -> dict[str, object]:
    """CE3M's page, member, group, document and image, with one of each thing the admin lists."""
    collection = cluster_collection(ce3m)
    document = Document.objects.create(
        title="CE3M annual report", file=ContentFile(b"%PDF-1.4 report", name="ce3m-report.pdf"), collection=collection
    )
    image = Image.objects.create(title="CE3M logo", file=get_test_image_file(), collection=collection)
    message = OutboxMessage.objects.create(
        subject="Welcome", recipients={"to": [ACCOUNTS["partner"]]}, message={"body": "Hello"}
    )
    return {
        "page": ce3m.pk,
        "page_id": ce3m.pk,
        "object_id": ce3m.pk,
        "page_pk": ce3m.pk,
        "page_to_move_id": ce3m.pk,
        "parent_page_id": ce3m.pk,
        "destination_id": ce3m.get_parent().pk,
        "revision_id": ce3m.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "content_type_app_name": "clusters",
        "content_type_model_name": "clusterpage",
        "app_label": "clusters",
        "model_name": "sector",
        "app_name": "wagtaildocs",
        "action": "delete",
        "action_name": "approve",
        "mode": "desktop",
        "filter_spec": "fill-100x100",
        "uidb64": "MQ",
        "member": MemberOrganisation.objects.filter(cluster=ce3m).first().pk,
        "library_document": LibraryDocument.objects.filter(cluster=ce3m).first().pk,
        "figures": ClusterYearFigures.objects.filter(cluster=ce3m).first().pk,
        "outbox_message": message.pk,
        "document_id": document.pk,
        "doc_id": document.pk,
        "document_file": document.filename,
        "image_id": image.pk,
        "collection_id": collection.pk,
        "user": get_user_model().objects.get(email=ACCOUNTS["manager"]).pk,
        "group": Group.objects.get(name=editors_group_name(ce3m)).pk,
        "sector": Sector.objects.first().pk,
        "theme": Theme.objects.first().pk,
        "challenge": Challenge.objects.first().pk,
        "locale": Locale.objects.get(language_code="en").pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "workflow_pk": Workflow.objects.first().pk,
        "task_id": Task.objects.first().pk,
        **dict.fromkeys(
            [
                "task_state_id",
                "workflow_state_id",
                "session_id",
                "translation_source_id",
                "translation_id",
                "string_segment_id",
                "overridable_segment_id",
                "redirect_id",
                "query_id",
                "uploaded_file_id",
                "restriction_id",
                "page_view_restriction_id",
            ],
            NOTHING,
        ),
    }


def demo_site() -> DemoSite:
    ce3m = cluster("ce3m")
    return DemoSite(values={**_front_end_values(ce3m), **_admin_values(ce3m)}, pages=_page_paths(ce3m))


def client_for(role: str, settings) -> Client:
    """A browser of `role`, logged in (without passing MFA) unless anonymous; a server error is
    its answer (a 500), not an exception in the test."""
    client = Client(raise_request_exception=False)
    if role == "anonymous":
        return client
    user = get_user_model().objects.get(email=ACCOUNTS[role])
    if role == "manager_without_mfa":
        settings.MFA_REQUIRED = True
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    return client
