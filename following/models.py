"""What people follow, and the digests already sent (whether to send one is a choice on the user)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# The things one can follow, each an explicit nullable foreign key of Follow: a row sets exactly one.
TARGET_FIELDS = ("proposal", "funding_call", "cluster", "challenge", "sector")
# Following these brings the weekly digest; following the others brings an email on each change.
DIGEST_TARGET_FIELDS = ("cluster", "challenge", "sector")


class FollowQuerySet(models.QuerySet):
    def of_kind(self, *fields: str) -> "FollowQuerySet":
        return self.filter(Q.create([(f"{field}__isnull", False) for field in fields], connector=Q.OR))

    def for_digest(self) -> "FollowQuerySet":
        return self.of_kind(*DIGEST_TARGET_FIELDS)


def target_field(model: str, verbose_name: Promise) -> models.ForeignKey:
    return models.ForeignKey(
        model, verbose_name=verbose_name, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )


class Follow(models.Model):
    """One person following one thing.

    Pages are followed in every language at once: a follow points to the version the page was first
    written in (its source, see `portal.translations.source_of`).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="follows"
    )
    proposal = target_field("proposals.ProposalPage", _("proposal"))
    funding_call = target_field("proposals.FundingCallPage", _("funding call"))
    cluster = target_field("clusters.ClusterPage", _("cluster"))
    challenge = target_field("proposals.Challenge", _("challenge"))
    sector = target_field("clusters.Sector", _("sector"))
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q.create(
                    [
                        Q.create([(f"{other}__isnull", other != field) for other in TARGET_FIELDS], connector=Q.AND)
                        for field in TARGET_FIELDS
                    ],
                    connector=Q.OR,
                ),
                name="follow_exactly_one_target",
            ),
            *(
                models.UniqueConstraint(
                    fields=["user", field], condition=Q(**{f"{field}__isnull": False}), name=f"follow_unique_{field}"
                )
                for field in TARGET_FIELDS
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.target}"

    @property
    def target_field(self) -> str:
        return next(field for field in TARGET_FIELDS if getattr(self, f"{field}_id") is not None)

    @property
    def target(self) -> models.Model:
        return getattr(self, self.target_field)


class DigestDelivery(models.Model):
    """The digest of one week for one person: recorded once, so a second run sends nothing again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="digest_deliveries"
    )
    week = models.DateField(_("week"), help_text=_("The Monday the week starts on."))
    covered_until = models.DateTimeField(_("covers changes until"))
    item_count = models.PositiveIntegerField(_("items"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        ordering = ["-week"]
        constraints = [models.UniqueConstraint(fields=["user", "week"], name="digest_delivery_once_per_week")]

    def __str__(self) -> str:
        return f"{self.user} · {self.week}"


class ChangeNotice(models.Model):
    """One email about one change sent to one person, so that the same change announced again the same
    day (by another language version of a page, say) is not sent twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    fingerprint = models.CharField(_("change"), max_length=64)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("change email")
        verbose_name_plural = _("change emails")
        constraints = [models.UniqueConstraint(fields=["user", "fingerprint"], name="change_notice_once_per_person")]

    def __str__(self) -> str:
        return f"{self.user} · {self.fingerprint[:12]}"
