"""allauth adapters: remember the user's language and write to people in it, encrypt MFA secrets at
rest."""

import base64
import hashlib
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.utils import translation

from portal.translations import language_of

from .models import User
from .validators import refuse_too_long_email


def owner_of(email: str) -> User | None:
    """The person whose account has this address (one of allauth's addresses, or the account's own)."""
    address = EmailAddress.objects.filter(email__iexact=email).order_by("-verified").select_related("user").first()
    if address is not None:
        return address.user
    return User.objects.filter(email__iexact=email).first()


def home_in_active_language() -> str:
    """The home page in the language the visitor is reading: the bare root would pick a language
    from the browser's preferences instead."""
    return f"/{translation.get_language() or settings.LANGUAGE_CODE}/"


class AccountAdapter(DefaultAccountAdapter):
    """Where logging in, signing up and logging out lead by default (without a `next`): the home
    page in the visitor's language. allauth's mails to a person with an account are in that person's
    language, links included, whatever the language of the page that sent them; a mail to an
    address without an account is in the visitor's."""

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

    def send_account_already_exists_mail(self, email: str) -> None:
        """Signing up with the address of an account tells its owner, with links to log in or choose a
        new password."""
        owner = owner_of(email)
        with translation.override(language_of(owner) if owner else translation.get_language()):
            super().send_account_already_exists_mail(email)

    def send_confirmation_mail(self, request, emailconfirmation, signup: bool) -> None:
        with translation.override(language_of(emailconfirmation.email_address.user)):
            super().send_confirmation_mail(request, emailconfirmation, signup)

    def send_password_reset_mail(self, user, email: str, context: dict[str, Any]) -> None:
        """allauth builds the link before this is called: it is built again, in the person's language."""
        with translation.override(language_of(user)):
            link = self.get_reset_password_from_key_url(f"{context['uid']}-{context['key']}")
            super().send_password_reset_mail(user, email, {**context, "password_reset_url": link})

    def send_notification_mail(self, template_prefix: str, user, context=None, email=None) -> None:
        with translation.override(language_of(user)):
            super().send_notification_mail(template_prefix, user, context, email)


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
