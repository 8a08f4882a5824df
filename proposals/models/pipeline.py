"""What happens to a proposal: its status pipeline and history, its consortium, and partners' interest.

These rows point to the proposal's original page (`ProposalPage.original`), so every language
version of a proposal shares one status, one history and one consortium.
"""

import os
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from members.models import MemberType
from portal.countries import COUNTRY_CHOICES


class ProposalStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    LOOKING_FOR_PARTNERS = "looking_for_partners", _("Looking for partners")
    CONSORTIUM_FORMED = "consortium_formed", _("Consortium formed")
    SUBMITTED = "submitted", _("Submitted")
    FUNDED = "funded", _("Funded")
    NOT_FUNDED = "not_funded", _("Not funded")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")

    @classmethod
    def open_statuses(cls) -> frozenset["ProposalStatus"]:
        return frozenset({cls.IDEA, cls.LOOKING_FOR_PARTNERS, cls.CONSORTIUM_FORMED, cls.SUBMITTED})


# The pipeline: from each status, the statuses a proposal may move to. Withdrawn is reachable
# from every open status. Expired is set only by the portal when a search for partners runs
# out; its managers may then look for partners again.
TRANSITIONS: dict[str, frozenset[str]] = {
    ProposalStatus.IDEA: frozenset({ProposalStatus.LOOKING_FOR_PARTNERS, ProposalStatus.WITHDRAWN}),
    ProposalStatus.LOOKING_FOR_PARTNERS: frozenset(
        {ProposalStatus.CONSORTIUM_FORMED, ProposalStatus.WITHDRAWN, ProposalStatus.EXPIRED}
    ),
    ProposalStatus.CONSORTIUM_FORMED: frozenset(
        {ProposalStatus.SUBMITTED, ProposalStatus.LOOKING_FOR_PARTNERS, ProposalStatus.WITHDRAWN}
    ),
    ProposalStatus.SUBMITTED: frozenset({ProposalStatus.FUNDED, ProposalStatus.NOT_FUNDED, ProposalStatus.WITHDRAWN}),
    ProposalStatus.FUNDED: frozenset(),
    ProposalStatus.NOT_FUNDED: frozenset(),
    ProposalStatus.WITHDRAWN: frozenset(),
    ProposalStatus.EXPIRED: frozenset({ProposalStatus.LOOKING_FOR_PARTNERS}),
}
SET_BY_THE_PORTAL_ONLY = frozenset({ProposalStatus.EXPIRED})


class ProposalStatusChange(models.Model):
    """One step of a proposal's timeline: who moved it from which status to which, when, and why."""

    proposal = models.ForeignKey(
        "proposals.ProposalPage", verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(_("previous status"), max_length=30, choices=ProposalStatus, blank=True)
    new_status = models.CharField(_("new status"), max_length=30, choices=ProposalStatus)
    changed_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_old_status_display()} → {self.get_new_status_display()}"


class ConsortiumMember(models.Model):
    """A partner confirmed in a proposal's consortium: a cluster, a member organisation, or another body."""

    proposal = models.ForeignKey(
        "proposals.ProposalPage", verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="consortium"
    )
    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    member_organisation = models.ForeignKey(
        "members.MemberOrganisation",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal_partnerships",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True)
    role = models.CharField(_("role"), max_length=200)
    confirmed_at = models.DateTimeField(_("confirmed on"), auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("added by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    expression_of_interest = models.OneToOneField(
        "proposals.ExpressionOfInterest",
        verbose_name=_("expression of interest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consortium_member",
    )

    class Meta:
        verbose_name = _("consortium member")
        verbose_name_plural = _("consortium members")
        ordering = ["confirmed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.role})"


def interest_attachment_path(instance: "ExpressionOfInterest", filename: str) -> str:
    """A path nobody can guess; the file is served only through a view that checks who asks."""
    extension = os.path.splitext(filename)[1].lower()
    return f"proposals/interests/{uuid.uuid4().hex}{extension}"


class ExpressionOfInterest(models.Model):
    """A partner's offer to join a proposal that is looking for partners."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    proposal = models.ForeignKey(
        "proposals.ProposalPage",
        verbose_name=_("proposal"),
        on_delete=models.CASCADE,
        related_name="expressions_of_interest",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="expressions_of_interest",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(_("type of organisation"), max_length=20, choices=MemberType, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    role_offered = models.CharField(_("role offered"), max_length=200)
    message = models.TextField(_("message"), max_length=4000)
    attachment = models.FileField(_("attachment"), upload_to=interest_attachment_path, blank=True)
    attachment_name = models.CharField(_("attachment name"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PENDING, db_index=True)
    reply = models.TextField(_("reply"), blank=True, max_length=4000)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True, db_index=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["proposal", "author"], name="proposals_one_interest_per_author"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} → {self.proposal_id}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
