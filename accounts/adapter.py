"""allauth adapters: remember the user's language, encrypt MFA secrets at rest."""

import base64
import hashlib
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.utils import translation

from .validators import refuse_too_long_email


def home_in_active_language() -> str:
    """The home page in the language the visitor is reading: the bare root would pick a language
    from the browser's preferences instead."""
    return f"/{translation.get_language() or settings.LANGUAGE_CODE}/"


class AccountAdapter(DefaultAccountAdapter):
    """Where logging in, signing up and logging out lead by default (without a `next`): the home
    page in the visitor's language."""

    def get_login_redirect_url(self, request) -> str:
        return home_in_active_language()

    def get_signup_redirect_url(self, request) -> str:
        return home_in_active_language()

    def get_logout_redirect_url(self, request) -> str:
        return home_in_active_language()

    def clean_email(self, email: str) -> str:
        """Every address typed into allauth's forms (sign-up, adding or changing an address) fits the
        columns that store it."""
        return refuse_too_long_email(super().clean_email(email))

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or settings.LANGUAGE_CODE
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's mails sign as the portal (its name and public address), not as the request's host."""
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)
        super().send_mail(template_prefix, email, {"current_site": site, **context})


def _fernet_for(secret_key: str) -> Fernet:
    digest = hashlib.sha256(f"mfa-secrets:{secret_key}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def mfa_fernet() -> MultiFernet:
    """Encrypts with a key derived from SECRET_KEY; decrypts with it or one from SECRET_KEY_FALLBACKS."""
    return MultiFernet([_fernet_for(key) for key in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)])


class MFAAdapter(DefaultMFAAdapter):
    """Store TOTP keys and recovery-code seeds encrypted (see `mfa_fernet`)."""

    def encrypt(self, text: str) -> str:
        return mfa_fernet().encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text: str) -> str:
        return mfa_fernet().decrypt(encrypted_text.encode()).decode()
