"""Choosing a password from an emailed link proves the address: mark it verified."""

from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from django.dispatch import receiver


@receiver(password_reset, dispatch_uid="verify-email-on-password-reset")
def verify_email_on_password_reset(sender, request, user, **kwargs) -> None:
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)
