"""Signed links in following's emails that unsubscribe without logging in.

A link names a person and what to stop: the weekly digest, or one follow. It is signed, so it
cannot be forged or altered, and it never expires: an old email's link still works.
"""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from portal.links import absolute_reverse
from portal.translations import language_of

from .models import TARGET_FIELDS, Follow
from .services import FollowingError, set_weekly_digest, target_model, wants_weekly_digest

User = get_user_model()

UNSUBSCRIBE_SALT = "following.unsubscribe"
DIGEST = "digest"


class InvalidUnsubscribeLink(FollowingError):
    pass


@dataclass(frozen=True)
class Unsubscription:
    """What a signed link unsubscribes from: the weekly digest, or one follow."""

    user: Any
    field: str
    target_pk: int | None

    @property
    def is_digest(self) -> bool:
        return self.field == DIGEST

    @property
    def target(self) -> models.Model | None:
        if self.is_digest:
            return None
        return target_model(self.field)._default_manager.filter(pk=self.target_pk).first()

    @property
    def active(self) -> bool:
        """Whether the link still has something to unsubscribe from."""
        if self.is_digest:
            return wants_weekly_digest(self.user)
        return Follow.objects.filter(user=self.user, **{f"{self.field}_id": self.target_pk}).exists()


def unsubscribe_token(user: Any, field: str = DIGEST, target_pk: int | None = None) -> str:
    return signing.dumps([user.pk, field, target_pk], salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(user: Any, field: str = DIGEST, target_pk: int | None = None) -> str:
    """The absolute link, in the person's language, that stops the digest or the follow named."""
    token = unsubscribe_token(user, field, target_pk)
    return absolute_reverse("following:unsubscribe", language_of(user), token=token)


def read_unsubscribe_token(token: str) -> Unsubscription:
    """The unsubscription a link stands for; a forged, altered or outdated link raises."""
    try:
        user_pk, field, target_pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidUnsubscribeLink(_("This unsubscribe link is not valid.")) from error
    user = User.objects.filter(pk=user_pk, is_active=True).first()
    if user is None or field not in (DIGEST, *TARGET_FIELDS):
        raise InvalidUnsubscribeLink(_("This unsubscribe link is not valid."))
    return Unsubscription(user=user, field=field, target_pk=target_pk)


@transaction.atomic
def unsubscribe(unsubscription: Unsubscription) -> None:
    """Stop the weekly digest or the follow a link names; doing it twice changes nothing more."""
    if unsubscription.is_digest:
        set_weekly_digest(unsubscription.user, False)
    else:
        lookup = {f"{unsubscription.field}_id": unsubscription.target_pk}
        Follow.objects.filter(user=unsubscription.user, **lookup).delete()
