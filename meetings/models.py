"""B2B meetings at events: each event's programme and sessions, participants' profiles and
opportunities, meeting requests, the meetings they become and how they went."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from accounts.models import DELETED_ACCOUNT
from members.models import MemberType
from portal.countries import COUNTRY_CHOICES
from portal.translations import default_language


class MeetingProgramme(ClusterableModel):
    """The B2B meetings of one event, as its organisers set them up."""

    event = models.OneToOneField(
        "agenda.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="meeting_programme"
    )
    enabled = models.BooleanField(
        _("B2B meetings open"), default=False, help_text=_("Participants may opt in and request meetings.")
    )
    request_quota = models.PositiveSmallIntegerField(
        _("meeting requests per person"), default=10, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    request_expiry_hours = models.PositiveSmallIntegerField(
        _("hours before an unanswered request expires"),
        default=72,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )
    reminder_hours = models.PositiveSmallIntegerField(
        _("hours before expiry to remind the recipient"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )

    class Meta:
        verbose_name = _("B2B meeting programme")
        verbose_name_plural = _("B2B meeting programmes")

    def __str__(self) -> str:
        return str(self.event)


class MeetingSession(models.Model):
    """A period of the event given to B2B meetings, divided into slots of equal length."""

    programme = ParentalKey(MeetingProgramme, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    meeting_minutes = models.PositiveSmallIntegerField(
        _("meeting length (minutes)"), default=30, validators=[MinValueValidator(5), MaxValueValidator(240)]
    )
    tables = models.PositiveSmallIntegerField(
        _("number of tables"), default=10, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("meeting_minutes"), FieldPanel("tables")]),
    ]

    class Meta:
        verbose_name = _("meeting session")
        verbose_name_plural = _("meeting sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="meetings_session_ends_after"),
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"


class MeetingSlot(models.Model):
    """One slot of a session, stored once a meeting needs it so bookings can hold unique rows."""

    session = models.ForeignKey(MeetingSession, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        ordering = ["starts_at"]
        constraints = [models.UniqueConstraint(fields=["session", "starts_at"], name="meetings_unique_slot_start")]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"


class OpportunityType(models.Model):
    """A kind of cooperation (technology, partnership…): the portal's own, or one an event's organisers add."""

    programme = ParentalKey(
        MeetingProgramme, on_delete=models.CASCADE, related_name="opportunity_types", null=True, blank=True
    )
    slug = models.SlugField(_("slug"), max_length=60)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_fr = models.CharField(_("name in French"), max_length=80, blank=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=80, blank=True)

    panels = [FieldPanel("slug"), FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr"), FieldPanel("name_ar")])]

    class Meta:
        verbose_name = _("opportunity type")
        verbose_name_plural = _("opportunity types")
        ordering = ["name_en"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "slug"], name="meetings_unique_type_per_programme"),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(programme__isnull=True), name="meetings_unique_portal_type"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or default_language())[:2]
        return getattr(self, f"name_{language}", "") or self.name_en


class ParticipantProfile(models.Model):
    """A participant who opted in to an event's B2B meetings: who they are and what they look for."""

    programme = models.ForeignKey(MeetingProgramme, on_delete=models.CASCADE, related_name="profiles")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_profiles")
    organisation = models.CharField(_("organisation"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    organisation_type = models.CharField(_("type of organisation"), max_length=30, choices=MemberType.choices)
    sectors = models.ManyToManyField("clusters.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    presentation = models.TextField(_("presentation"), max_length=1500, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("participant profile")
        verbose_name_plural = _("participant profiles")
        ordering = ["organisation"]
        constraints = [models.UniqueConstraint(fields=["programme", "user"], name="meetings_one_profile_per_event")]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """How other participants see this one: their organisation, or "deleted account"."""
        return str(DELETED_ACCOUNT) if self.user.is_deleted else self.organisation


class Opportunity(models.Model):
    """What a participant offers or looks for."""

    class Kind(models.TextChoices):
        OFFER = "offer", _("Offer")
        REQUEST = "request", _("Request")

    profile = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="opportunities")
    kind = models.CharField(_("offer or request"), max_length=10, choices=Kind.choices)
    type = models.ForeignKey(OpportunityType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("cooperation opportunity")
        verbose_name_plural = _("cooperation opportunities")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title


class MeetingRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")

    programme = models.ForeignKey(MeetingProgramme, on_delete=models.CASCADE, related_name="requests")
    sender = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="sent_requests")
    recipient = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="received_requests")
    message = models.TextField(_("message"), max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(_("sent"))
    expires_at = models.DateTimeField(_("expires"))
    reminded_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(condition=~Q(sender=models.F("recipient")), name="meetings_request_not_to_self"),
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=Q(status__in=["pending", "accepted", "declined"]),
                name="meetings_one_live_request_per_pair",
            ),
        ]
        indexes = [models.Index(fields=["status", "expires_at"], name="meetings_request_due")]

    def __str__(self) -> str:
        return f"{self.sender} → {self.recipient}"

    def other_side(self, profile: ParticipantProfile) -> ParticipantProfile:
        """The participant on the other side of the request (and of its meeting), seen from `profile`."""
        return self.recipient if self.sender_id == profile.pk else self.sender


class Meeting(models.Model):
    """An accepted request, at a slot and a table. One table holds one meeting per slot."""

    request = models.OneToOneField(MeetingRequest, on_delete=models.CASCADE, related_name="meeting")
    slot = models.ForeignKey(MeetingSlot, verbose_name=_("slot"), on_delete=models.RESTRICT, related_name="meetings")
    table = models.PositiveSmallIntegerField(_("table"))

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["slot__starts_at", "table"]
        constraints = [models.UniqueConstraint(fields=["slot", "table"], name="meetings_one_meeting_per_table")]

    def __str__(self) -> str:
        return f"{self.request} ({self.slot}, {self.table})"


class SlotBooking(models.Model):
    """A participant's place in a slot: one row per person and meeting, so nobody is booked twice at once."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="bookings")
    slot = models.ForeignKey(MeetingSlot, on_delete=models.RESTRICT, related_name="bookings")
    profile = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="bookings")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["slot", "profile"], name="meetings_one_meeting_per_person")]

    def __str__(self) -> str:
        return f"{self.profile} ({self.slot})"


class MeetingRating(models.Model):
    """How one side says a meeting went, after the event."""

    class Outcome(models.TextChoices):
        DID_NOT_TAKE_PLACE = "not_held", _("The meeting did not take place")
        INSUFFICIENT_INTEREST = "no_interest", _("Insufficient interest")
        INFORMATIVE = "informative", _("Informative, no cooperation planned")
        COOPERATION_POSSIBLE = "cooperation", _("Cooperation possible")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="ratings")
    profile = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="ratings")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    comment = models.TextField(_("comment (seen by the organisers only)"), max_length=1000, blank=True)
    rated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("meeting rating")
        verbose_name_plural = _("meeting ratings")
        constraints = [models.UniqueConstraint(fields=["meeting", "profile"], name="meetings_one_rating_per_side")]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_outcome_display()}"


class MeetingFollowUp(models.Model):
    """Weeks after a meeting rated "cooperation possible", what came of it for one side: the row is
    written when the question is sent (once per person and meeting), and holds their answer."""

    class Outcome(models.TextChoices):
        NOTHING = "nothing", _("Nothing came of it")
        EXCHANGE = "exchange", _("We are still in touch")
        AGREEMENT = "agreement", _("We signed an agreement")
        PROJECT = "project", _("We started a joint project")

    class Agreement(models.TextChoices):
        MOU = "mou", _("Memorandum of understanding")
        SUPPLY = "supply", _("Supply contract")
        LICENCE = "licence", _("Licence")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="follow_ups")
    profile = models.ForeignKey(ParticipantProfile, on_delete=models.CASCADE, related_name="follow_ups")
    sent_at = models.DateTimeField(_("question sent"))
    outcome = models.CharField(_("what came of it"), max_length=20, choices=Outcome.choices, blank=True)
    agreement = models.CharField(_("kind of agreement"), max_length=20, choices=Agreement.choices, blank=True)
    proposal = models.ForeignKey(
        "proposals.ProposalPage",
        verbose_name=_("proposal on the portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting follow-up")
        verbose_name_plural = _("meeting follow-ups")
        constraints = [models.UniqueConstraint(fields=["meeting", "profile"], name="meetings_one_follow_up_per_side")]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_outcome_display() or '—'}"
