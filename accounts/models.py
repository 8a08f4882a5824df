import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


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

    def save(self, *args, **kwargs) -> None:
        if not self.username:
            self.username = generate_username(self.email)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def has_verified_email(self) -> bool:
        """Whether the person confirmed an address: needed to register, follow or express interest."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user=self, verified=True).exists()
