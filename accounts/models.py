import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.countries import COUNTRY_CHOICES

# How a deleted account is named wherever other people saw its owner: exports, lists, the check-in desk.
DELETED_ACCOUNT = _("deleted account")


def generate_username(email: str) -> str:
    """A username nobody else has: people log in by email, and the username is only a unique key.

    Built from the address's local part and random characters, so two people signing up at the
    same moment never compete for one (no lookup, no race).
    """
    local_part = slugify(email.split("@")[0])[:100] or "user"
    return f"{local_part}-{secrets.token_hex(6)}"


class User(AbstractUser):
    """A portal user. People log in by email; the username is generated."""

    email = models.EmailField(_("email address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language of the emails the portal sends you."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True)
    # Which of the portal's optional emails a person receives (those about their own registrations,
    # meetings and expressions of interest are always sent).
    wants_event_reminders = models.BooleanField(
        _("event reminders"), default=True, help_text=_("A reminder before each event you registered for.")
    )
    wants_follow_updates = models.BooleanField(
        _("updates on what I follow"), default=True, help_text=_("An email when something you follow changes.")
    )
    wants_weekly_digest = models.BooleanField(
        _("weekly digest"), default=True, help_text=_("Every Monday, what is new in what you follow.")
    )
    # When the person deleted their account: the row stays (for the counts of what they took part in),
    # emptied of who they were (see `accounts.personal_data.delete_account`).
    deleted_at = models.DateTimeField(_("deleted on"), null=True, blank=True, editable=False)

    def save(self, *args, **kwargs) -> None:
        if not self.username:
            self.username = generate_username(self.email)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def get_full_name(self) -> str:
        """The person's name; "deleted account" once they deleted it."""
        return str(DELETED_ACCOUNT) if self.is_deleted else super().get_full_name()

    @property
    def contact_email(self) -> str:
        """The address organisers and managers see: none for a deleted account."""
        return "" if self.is_deleted else self.email

    @property
    def greeting_name(self) -> str:
        """How mails address the person: their first name, else their full name, else nothing."""
        return self.first_name or self.get_full_name()

    @property
    def has_verified_email(self) -> bool:
        """Whether the person confirmed an address: needed to register, follow or express interest."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user=self, verified=True).exists()
