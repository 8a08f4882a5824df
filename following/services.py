"""Following proposals, funding calls, clusters, challenges and sectors, and the weekly digest setting.

Pages are followed in every language at once: a follow points to the page's source version (see
`portal.translations.source_of`). What following brings by email lives beside this module:
`notifications` (a change to a proposal or a call), `digest` (the weekly digest) and `unsubscribe`
(the signed link every such email carries).
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.errors import DomainError
from portal.translations import source_of

from .models import TARGET_FIELDS, Follow

User = get_user_model()


class FollowingError(DomainError):
    """Something a person asked for cannot be done; the message says why, in their language."""


# What can be followed -----------------------------------------------------------------------------


def target_model(field: str) -> type[models.Model]:
    model = Follow._meta.get_field(field).related_model
    if not isinstance(model, type):
        raise ValueError(f"{field} is not something one can follow")
    return model


def followable(field: str) -> QuerySet:
    """The objects one may follow through `field`: pages only while published and public."""
    model = target_model(field)
    if issubclass(model, Page):
        return model.objects.live().public()  # type: ignore[attr-defined]
    return model._default_manager.all()


def target_field_of(obj: models.Model) -> str:
    for field in TARGET_FIELDS:
        if isinstance(obj, target_model(field)):
            return field
    raise ValueError(f"{type(obj).__name__} cannot be followed")


def followed_row(obj: models.Model) -> models.Model:
    """The row a follow of `obj` points to: a page's source version, anything else itself."""
    return source_of(obj) if isinstance(obj, Page) else obj


# Following and unfollowing -------------------------------------------------------------------------


def follow(user: Any, obj: models.Model) -> Follow:
    """Follow something; following it again changes nothing."""
    if not user.has_verified_email:
        raise FollowingError(_("Confirm your email address to follow proposals, calls, clusters and topics."))
    target = followed_row(obj)
    lookup: dict[str, Any] = {"user": user, target_field_of(target): target}
    follow, _created = Follow.objects.get_or_create(**lookup)
    return follow


def unfollow(user: Any, obj: models.Model) -> bool:
    """Stop following something; returns whether there was a follow to remove."""
    target = followed_row(obj)
    deleted, _by_model = Follow.objects.filter(user=user, **{target_field_of(target): target}).delete()
    return bool(deleted)


def is_following(user: Any, obj: models.Model) -> bool:
    if not user.is_authenticated:
        return False
    field = target_field_of(obj)
    if isinstance(obj, Page):
        return Follow.objects.filter(user=user, **{f"{field}__translation_key": obj.translation_key}).exists()
    return Follow.objects.filter(user=user, **{field: obj}).exists()


def followers(obj: models.Model, *, exclude: Any = None) -> QuerySet:
    """Active people who follow `obj` (in any language), each once, without `exclude`."""
    target = followed_row(obj)
    people = User.objects.filter(is_active=True, **{f"follows__{target_field_of(target)}": target}).distinct()
    if exclude is not None and getattr(exclude, "pk", None):
        people = people.exclude(pk=exclude.pk)
    return people.order_by("pk")


# The weekly digest setting -------------------------------------------------------------------------


def wants_weekly_digest(user: Any) -> bool:
    """The person's own choice (their profile, the Following page or a digest's unsubscribe link), as stored."""
    return User.objects.filter(pk=user.pk, wants_weekly_digest=True).exists()


def set_weekly_digest(user: Any, enabled: bool) -> None:
    user.wants_weekly_digest = enabled
    user.save(update_fields=["wants_weekly_digest"])
