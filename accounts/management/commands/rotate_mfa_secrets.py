"""Re-encrypt every stored MFA secret with the current SECRET_KEY (the last step of a key rotation)."""

from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.adapter import mfa_fernet

ENCRYPTED_FIELDS = ("secret", "seed")  # a TOTP key, a recovery-code seed


class Command(BaseCommand):
    help = "Re-encrypt MFA secrets with SECRET_KEY, so that the keys in SECRET_KEY_FALLBACKS can be dropped."

    def handle(self, *args, **options) -> None:
        fernet = mfa_fernet()
        authenticators = Authenticator.objects.select_for_update().order_by("pk")
        rotated = 0
        with transaction.atomic():
            for authenticator in authenticators:
                for field in ENCRYPTED_FIELDS:
                    if field in authenticator.data:
                        token = authenticator.data[field].encode()
                        authenticator.data[field] = fernet.rotate(token).decode()
                authenticator.save(update_fields=["data"])
                rotated += 1
                if rotated % 100 == 0:
                    self.stdout.write(f"{rotated} authenticators re-encrypted…")
        self.stdout.write(self.style.SUCCESS(f"{rotated} authenticators re-encrypted with the current key."))
