"""Password rules: Django's, with the length message in a wording its catalogues translate; the
longest email address the portal keeps.

Django 5.2 words the too-short message with "%d", which its Arabic catalogue does not translate
yet; the earlier "%(min_length)d" wording is translated in every language the portal speaks.
"""

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext, ngettext

# The length of the `email` columns (accounts.User, allauth's EmailAddress): a longer address would
# be cut to fit when stored, and the shortened copy could clash with another account's address.
EMAIL_MAX_LENGTH = 254


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}


def refuse_too_long_email(email: str) -> str:
    """Refuse an address longer than the portal can store (see `EMAIL_MAX_LENGTH`)."""
    if len(email) > EMAIL_MAX_LENGTH:
        raise forms.ValidationError(
            gettext("An email address can have at most %(limit)d characters (this one has %(length)d).")
            % {"limit": EMAIL_MAX_LENGTH, "length": len(email)}
        )
    return email
