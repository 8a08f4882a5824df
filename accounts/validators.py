"""Password rules: Django's, with the length message in a wording its catalogues translate.

Django 5.2 words the too-short message with "%d", which its Arabic catalogue does not translate
yet; the earlier "%(min_length)d" wording is translated in every language the portal speaks.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
