"""Everything that changes a proposal beyond its page content: status, consortium, expressions of interest.

Each function checks that the person acting may do it, changes every row in one transaction,
queues the emails it implies in each recipient's language, and announces the change with the
signals of `proposals.signals`. Refusals raise `ProposalError` with a message to show as is.
"""

import datetime
import os
from collections.abc import Iterable
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Locale, Page

from clusters.models import ClusterPage
from members.permissions import managed_clusters
from outbox.services import queue_templated_email
from portal.page_cache import invalidate_page_cache

from .models import (
    ConsortiumMember,
    ExpressionOfInterest,
    ProposalPage,
    ProposalStatus,
    ProposalStatusChange,
)
from .models.pipeline import SET_BY_THE_PORTAL_ONLY, TRANSITIONS
from .signals import proposal_consortium_changed, proposal_status_changed

PARTNER_SEARCH_PERIOD = datetime.timedelta(days=90)
EXPIRY_REMINDER_BEFORE = datetime.timedelta(days=14)
INTEREST_REMINDER_AFTER = datetime.timedelta(days=7)
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"
# Extension -> (content type, the bytes such a file starts with).
ATTACHMENT_TYPES = {
    ".pdf": ("application/pdf", b"%PDF-"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP_SIGNATURE),
    ".odt": ("application/vnd.oasis.opendocument.text", ZIP_SIGNATURE),
}


class ProposalError(Exception):
    """A change to a proposal that was refused; the message says why, in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ProposalPermissionDenied(ProposalError):
    """The person is not one of the leading cluster's managers."""


# Who manages a proposal


def leading_cluster(proposal: ProposalPage) -> ClusterPage:
    cluster = proposal.original.cluster
    if cluster is None:
        raise ProposalError(_("This proposal has no leading cluster."))
    return cluster


def manages_proposal(user: Any, proposal: ProposalPage) -> bool:
    """Whether this user is one of the managers of the cluster leading the proposal."""
    if user is None or not user.is_authenticated:
        return False
    cluster = proposal.original.cluster
    if cluster is None:
        return False
    return managed_clusters(user).filter(translation_key=cluster.translation_key).exists()


def cluster_managers(cluster: ClusterPage) -> QuerySet:
    """The active people who edit this cluster's pages (its managers), to notify about its proposals."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__page_permissions__permission__codename="change_page",
            groups__page_permissions__page__translation_key=cluster.translation_key,
        )
        .distinct()
        .order_by("pk")
    )


def has_verified_email(user: Any) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def _check_manager(user: Any, proposal: ProposalPage, message: str) -> None:
    if not manages_proposal(user, proposal):
        raise ProposalPermissionDenied(message)


def _locked_original(proposal: ProposalPage) -> ProposalPage:
    """The proposal's original page, locked until the transaction ends."""
    return ProposalPage.objects.select_for_update().get(pk=proposal.original.pk)


# Emails


def _in_language(page: Page, language: str) -> Page:
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return (translated or page).specific


def _email(
    users: Iterable[Any],
    template: str,
    context: dict[str, Any],
    proposal: ProposalPage | None = None,
    links: dict[str, tuple[str, dict[str, Any]]] | None = None,
) -> None:
    """Queue one email per person, in their language, the proposal shown in that language when it exists.

    `links` maps context names to URL names and arguments, reversed in each recipient's language.
    """
    for user in users:
        language = user.preferred_language or "en"
        extra: dict[str, Any] = {"recipient": user}
        for name, (url_name, kwargs) in (links or {}).items():
            extra[name] = _path(url_name, language, **kwargs)
        if proposal is not None:
            localized = _in_language(proposal, language)
            extra["proposal"] = localized
            extra["proposal_url"] = _absolute(localized.get_url() or "")
        queue_templated_email(
            to=[user.email], language=language, template=f"proposals/email/{template}", context={**context, **extra}
        )


def _absolute(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _path(name: str, language: str, **kwargs: Any) -> str:
    with translation.override(language):
        return _absolute(reverse(name, kwargs=kwargs))


# The status pipeline


def allowed_statuses(proposal: ProposalPage) -> list[ProposalStatus]:
    """The statuses its managers may move a proposal to now."""
    return [
        ProposalStatus(status)
        for status in ProposalStatus.values
        if status in TRANSITIONS[proposal.status] and status not in SET_BY_THE_PORTAL_ONLY
    ]


def _save_pipeline_fields(proposal: ProposalPage, **values: Any) -> None:
    """Set pipeline fields on every language version of a proposal (and on the objects given)."""
    for page in ProposalPage.objects.filter(translation_key=proposal.translation_key):
        for name, value in values.items():
            setattr(page, name, value)
        page.save(update_fields=list(values), clean=False)
    for name, value in values.items():
        setattr(proposal, name, value)
    transaction.on_commit(invalidate_page_cache)


@transaction.atomic
def change_proposal_status(proposal: ProposalPage, new_status: str, by: Any, note: str = "") -> ProposalStatusChange:
    """Move a proposal along its pipeline and record the step. `by` None means the portal itself."""
    if by is not None:
        _check_manager(by, proposal, _("Only the managers of the leading cluster can change this proposal's status."))
    original = _locked_original(proposal)
    old_status = original.status
    if new_status not in ProposalStatus.values:
        raise ProposalError(_("Unknown status."))
    if new_status == old_status:
        raise ProposalError(_("The proposal already has this status."))
    if new_status not in TRANSITIONS[old_status] or (by is not None and new_status in SET_BY_THE_PORTAL_ONLY):
        allowed = [str(ProposalStatus(status).label) for status in allowed_statuses(original)]
        labels = {"old": ProposalStatus(old_status).label, "new": ProposalStatus(new_status).label}
        if not allowed:
            raise ProposalError(
                _("A proposal that is “%(old)s” is closed: its status cannot change any more.") % labels
            )
        raise ProposalError(
            _("A proposal cannot go from “%(old)s” to “%(new)s”. From “%(old)s” it can go to: %(allowed)s.")
            % {**labels, "allowed": ", ".join(allowed)}
        )
    now = timezone.now()
    values: dict[str, Any] = {"status": new_status, "status_changed_at": now}
    if new_status == ProposalStatus.LOOKING_FOR_PARTNERS:
        values.update(
            partner_search_expires_on=timezone.localdate() + PARTNER_SEARCH_PERIOD, expiry_reminder_sent_for=None
        )
    _save_pipeline_fields(original, **values)
    if proposal is not original:
        for name in values:
            setattr(proposal, name, values[name])
    change = ProposalStatusChange.objects.create(
        proposal=original, old_status=old_status, new_status=new_status, changed_by=by, note=note.strip()
    )
    proposal_status_changed.send(
        sender=ProposalPage, proposal=original, old_status=old_status, new_status=new_status, changed_by=by
    )
    return change


@transaction.atomic
def start_proposal_history(proposal: ProposalPage, by: Any) -> ProposalStatusChange | None:
    """The first step of a new proposal's timeline: created as an idea (once)."""
    original = proposal.original
    if original.status_changes.exists():
        return None
    _save_pipeline_fields(original, status_changed_at=timezone.now())
    return ProposalStatusChange.objects.create(
        proposal=original, old_status="", new_status=original.status, changed_by=by
    )


@transaction.atomic
def renew_partner_search(proposal: ProposalPage, by: Any) -> datetime.date:
    """Extend a search for partners by another period from today; returns the new end date."""
    _check_manager(by, proposal, _("Only the managers of the leading cluster can renew this proposal."))
    original = _locked_original(proposal)
    if original.status != ProposalStatus.LOOKING_FOR_PARTNERS:
        raise ProposalError(_("Only a proposal that is looking for partners can be renewed."))
    expires_on = timezone.localdate() + PARTNER_SEARCH_PERIOD
    _save_pipeline_fields(original, partner_search_expires_on=expires_on, expiry_reminder_sent_for=None)
    proposal.partner_search_expires_on = expires_on
    return expires_on


def remind_expiring_partner_searches(today: datetime.date | None = None) -> int:
    """Tell the managers of each proposal whose search for partners ends soon, once per end date."""
    today = today or timezone.localdate()
    due = ProposalPage.objects.originals().filter(
        status=ProposalStatus.LOOKING_FOR_PARTNERS,
        partner_search_expires_on__gte=today,
        partner_search_expires_on__lte=today + EXPIRY_REMINDER_BEFORE,
    )
    sent = 0
    for proposal_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            proposal = ProposalPage.objects.select_for_update(skip_locked=True).filter(pk=proposal_id).first()
            if proposal is None or proposal.expiry_reminder_sent_for == proposal.partner_search_expires_on:
                continue
            if proposal.status != ProposalStatus.LOOKING_FOR_PARTNERS:
                continue
            _email(
                cluster_managers(leading_cluster(proposal)),
                "partner_search_ending",
                {"expires_on": proposal.partner_search_expires_on},
                proposal,
                links={"renew_path": ("proposals:renew", {"proposal_id": proposal.pk})},
            )
            _save_pipeline_fields(proposal, expiry_reminder_sent_for=proposal.partner_search_expires_on)
            sent += 1
    return sent


def close_expired_partner_searches(today: datetime.date | None = None) -> int:
    """Close each search for partners whose end date has passed, and tell the leading cluster's managers."""
    today = today or timezone.localdate()
    due = ProposalPage.objects.originals().filter(
        status=ProposalStatus.LOOKING_FOR_PARTNERS, partner_search_expires_on__lt=today
    )
    closed = 0
    for proposal_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            proposal = ProposalPage.objects.select_for_update(skip_locked=True).filter(pk=proposal_id).first()
            if proposal is None or proposal.status != ProposalStatus.LOOKING_FOR_PARTNERS:
                continue
            if not proposal.partner_search_expires_on or proposal.partner_search_expires_on >= today:
                continue
            change_proposal_status(proposal, ProposalStatus.EXPIRED, by=None)
            _email(cluster_managers(leading_cluster(proposal)), "partner_search_closed", {}, proposal)
            closed += 1
    return closed


# The consortium


def _add_to_consortium(
    proposal: ProposalPage, by: Any, *, organisation_name: str, role: str, country: str = "", **links: Any
) -> ConsortiumMember:
    member = ConsortiumMember.objects.create(
        proposal=proposal.original,
        organisation_name=organisation_name.strip(),
        role=role.strip(),
        country=country,
        added_by=by,
        **links,
    )
    transaction.on_commit(invalidate_page_cache)
    proposal_consortium_changed.send(sender=ProposalPage, proposal=proposal.original, changed_by=by)
    return member


@transaction.atomic
def add_consortium_member(
    proposal: ProposalPage,
    by: Any,
    *,
    organisation_name: str,
    role: str,
    country: str = "",
    cluster: ClusterPage | None = None,
) -> ConsortiumMember:
    """Add a confirmed partner to the consortium by hand (a partner met elsewhere)."""
    _check_manager(by, proposal, _("Only the managers of the leading cluster can change this proposal's consortium."))
    original = _locked_original(proposal)
    if not original.is_open:
        raise ProposalError(_("This proposal is closed: its consortium cannot change any more."))
    if not organisation_name.strip() or not role.strip():
        raise ProposalError(_("Give the organisation and its role."))
    return _add_to_consortium(
        original, by, organisation_name=organisation_name, role=role, country=country, cluster=cluster
    )


@transaction.atomic
def remove_consortium_member(member: ConsortiumMember, by: Any) -> None:
    proposal = member.proposal
    _check_manager(by, proposal, _("Only the managers of the leading cluster can change this proposal's consortium."))
    original = _locked_original(proposal)
    if not original.is_open:
        raise ProposalError(_("This proposal is closed: its consortium cannot change any more."))
    member.delete()
    transaction.on_commit(invalidate_page_cache)
    proposal_consortium_changed.send(sender=ProposalPage, proposal=original, changed_by=by)


# Expressions of interest


def check_interest_attachment(upload: UploadedFile) -> None:
    """Accept only PDF, DOCX and ODT files of at most 10 MB, judged by their name and their first bytes."""
    extension = os.path.splitext(upload.name or "")[1].lower()
    if extension not in ATTACHMENT_TYPES:
        raise ProposalError(_("The attachment must be a PDF, DOCX or ODT file."))
    if (upload.size or 0) > MAX_ATTACHMENT_SIZE:
        raise ProposalError(_("The attachment is larger than 10 MB."))
    _content_type, signature = ATTACHMENT_TYPES[extension]
    upload.seek(0)
    start = upload.read(len(signature))
    upload.seek(0)
    if start != signature:
        raise ProposalError(_("The attachment is not a real PDF, DOCX or ODT file."))


def interest_refusal(proposal: ProposalPage, user: Any) -> str | None:
    """Why this user may not express interest in this proposal, or None when they may."""
    original = proposal.original
    if not user.is_authenticated:
        return _("Log in to express interest.")
    if not has_verified_email(user):
        return _("Confirm your email address before expressing interest.")
    if original.status != ProposalStatus.LOOKING_FOR_PARTNERS:
        return _("This proposal is not looking for partners.")
    if manages_proposal(user, original):
        return _("Your cluster leads this proposal: you cannot express interest in it.")
    if ExpressionOfInterest.objects.filter(proposal=original, author=user).exists():
        return _("You have already expressed interest in this proposal.")
    return None


@transaction.atomic
def express_interest(
    proposal: ProposalPage,
    author: Any,
    *,
    organisation_name: str,
    country: str,
    role_offered: str,
    message: str,
    organisation_type: str = "",
    attachment: UploadedFile | None = None,
) -> ExpressionOfInterest:
    """Offer to join a proposal; the leading cluster's managers are told by email."""
    original = _locked_original(proposal)
    refusal = interest_refusal(original, author)
    if refusal:
        raise ProposalError(refusal)
    if attachment is not None:
        check_interest_attachment(attachment)
    interest = ExpressionOfInterest(
        proposal=original,
        author=author,
        organisation_name=organisation_name.strip(),
        organisation_type=organisation_type,
        country=country,
        role_offered=role_offered.strip(),
        message=message.strip(),
    )
    if attachment is not None:
        interest.attachment_name = os.path.basename(attachment.name or "")[:200]
        interest.attachment.save(attachment.name or "attachment", attachment, save=False)
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError:
        raise ProposalError(_("You have already expressed interest in this proposal.")) from None
    _email(
        cluster_managers(leading_cluster(original)),
        "interest_received",
        {"interest": interest},
        original,
        links={"manage_path": ("proposals:interests", {})},
    )
    return interest


@transaction.atomic
def answer_interest(interest: ExpressionOfInterest, by: Any, *, accept: bool, reply: str = "") -> ExpressionOfInterest:
    """Accept (the partner joins the consortium) or decline an expression of interest; its author is told."""
    _check_manager(by, interest.proposal, _("Only the managers of the leading cluster can answer this."))
    interest = ExpressionOfInterest.objects.select_for_update().select_related("proposal", "author").get(pk=interest.pk)
    original = _locked_original(interest.proposal)
    if not interest.is_pending:
        raise ProposalError(_("This expression of interest has already been answered."))
    if accept and not original.is_open:
        raise ProposalError(_("This proposal is closed: nobody can join its consortium any more."))
    interest.status = ExpressionOfInterest.Status.ACCEPTED if accept else ExpressionOfInterest.Status.DECLINED
    interest.reply = reply.strip()
    interest.answered_at = timezone.now()
    interest.answered_by = by
    interest.save(update_fields=["status", "reply", "answered_at", "answered_by"])
    if accept:
        _add_to_consortium(
            original,
            by,
            organisation_name=interest.organisation_name,
            role=interest.role_offered,
            country=interest.country,
            expression_of_interest=interest,
        )
    _email(
        [interest.author],
        "interest_answered",
        {"interest": interest},
        original,
        links={"mine_path": ("proposals:mine", {})},
    )
    return interest


def remind_unanswered_interests(now: datetime.datetime | None = None) -> int:
    """Remind the managers, once, of each expression of interest left unanswered for a week."""
    now = now or timezone.now()
    due = ExpressionOfInterest.objects.filter(
        status=ExpressionOfInterest.Status.PENDING,
        reminder_sent_at__isnull=True,
        created_at__lte=now - INTEREST_REMINDER_AFTER,
    )
    sent = 0
    for interest_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            interest = (
                ExpressionOfInterest.objects.select_for_update(skip_locked=True)
                .filter(pk=interest_id, status=ExpressionOfInterest.Status.PENDING, reminder_sent_at__isnull=True)
                .select_related("proposal")
                .first()
            )
            if interest is None:
                continue
            _email(
                cluster_managers(leading_cluster(interest.proposal)),
                "interest_reminder",
                {"interest": interest},
                interest.proposal,
                links={"manage_path": ("proposals:interests", {})},
            )
            interest.reminder_sent_at = now
            interest.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent


# Who may publish funding calls

CALL_EDITING_PERMISSIONS = ("add_page", "publish_page")


@transaction.atomic
def grant_funding_call_editing(groups: Iterable[Group] | None = None) -> None:
    """Let cluster editors' groups add and publish funding calls under every funding-call index.

    With `add_page`, Wagtail lets them edit the calls they created, not the others'.
    """
    from .models import FundingCallIndexPage

    if groups is None:
        cluster_pages = ClusterPage.objects.values("pk")
        groups = Group.objects.filter(
            page_permissions__page__in=cluster_pages, page_permissions__permission__codename="change_page"
        ).distinct()
    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=CALL_EDITING_PERMISSIONS)
    )
    indexes = list(FundingCallIndexPage.objects.all())
    for group in groups:
        for index in indexes:
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
