"""Choosing a password from an emailed link proves the address; setting up an authenticator proves
the second factor."""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver


@receiver(password_reset, dispatch_uid="verify-email-on-password-reset")
def verify_email_on_password_reset(sender, request, user, **kwargs) -> None:
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)


@receiver(authenticator_added, dispatch_uid="count-a-new-authenticator-as-mfa")
def count_a_new_authenticator_as_mfa(sender, request, user, authenticator, **kwargs) -> None:
    """Setting up an authenticator means entering one of its codes: this session has passed MFA."""
    if request is not None:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
