"""Following proposals, funding calls, clusters, challenges and sectors, and the emails it brings.

Pages are followed in every language at once (see `follow_target`). Change emails go to the
followers of a proposal or a call, in each follower's language, in the transaction that makes the
change; the weekly digest goes to the followers of clusters, challenges and sectors. Every email
carries a signed link that unsubscribes without logging in.
"""

import datetime
import hashlib
import logging
import zoneinfo
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page

from outbox.services import queue_templated_email
from proposals.models import FundingCallPage, ProposalPage
from proposals.models.calls import CallStatus

from .models import TARGET_FIELDS, ChangeNotice, DigestDelivery, DigestPreference, Follow

User = get_user_model()
logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "following.unsubscribe"
# Changes that are not model fields (a call's status follows from its dates).
CHANGE_LABELS: dict[str, tuple[Any, dict[str, Any]]] = {"status": (_("status"), dict(CallStatus.choices))}
DIGEST = "digest"


class FollowingError(Exception):
    """Something a person asked for cannot be done; the message says why, in their language."""


class InvalidUnsubscribeLink(FollowingError):
    pass


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


def follow_target(obj: models.Model) -> models.Model:
    """The row a follow points to. A page is followed in all its languages at once, through the
    version it was first written in (as `ProposalPage.original`)."""
    if isinstance(obj, Page):
        return type(obj).objects.filter(translation_key=obj.translation_key).order_by("pk").first() or obj
    return obj


def in_language(obj: models.Model, language: str) -> models.Model:
    """A page in `language` when a published translation exists, the page itself otherwise."""
    if not isinstance(obj, Page):
        return obj
    locale = Locale.objects.filter(language_code=language).first()
    translated = obj.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else obj


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_url(page: Page) -> str:
    parts = page.get_url_parts()
    return absolute_url(parts[2]) if parts and parts[2] else absolute_url("/")


# Following and unfollowing -------------------------------------------------------------------------


def has_verified_email(user: Any) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def follow(user: Any, obj: models.Model) -> Follow:
    """Follow something; following it again changes nothing."""
    if not has_verified_email(user):
        raise FollowingError(_("Confirm your email address to follow proposals, calls, clusters and topics."))
    target = follow_target(obj)
    lookup: dict[str, Any] = {"user": user, target_field_of(target): target}
    follow, _created = Follow.objects.get_or_create(**lookup)
    return follow


def unfollow(user: Any, obj: models.Model) -> bool:
    """Stop following something; returns whether there was a follow to remove."""
    target = follow_target(obj)
    deleted, _by_model = Follow.objects.filter(user=user, **{target_field_of(target): target}).delete()
    return bool(deleted)


def is_following(user: Any, obj: models.Model) -> bool:
    if not user.is_authenticated:
        return False
    field = target_field_of(obj)
    if isinstance(obj, Page):
        return Follow.objects.filter(user=user, **{f"{field}__translation_key": obj.translation_key}).exists()
    return Follow.objects.filter(user=user, **{field: obj}).exists()


def wants_weekly_digest(user: Any) -> bool:
    preference = DigestPreference.objects.filter(user=user).first()
    return preference.weekly_digest if preference else True


def set_weekly_digest(user: Any, enabled: bool) -> None:
    DigestPreference.objects.update_or_create(user=user, defaults={"weekly_digest": enabled})


def followers(obj: models.Model, *, exclude: Any = None) -> QuerySet:
    """Active people who follow `obj` (in any language), each once, without `exclude`."""
    target = follow_target(obj)
    people = User.objects.filter(is_active=True, **{f"follows__{target_field_of(target)}": target}).distinct()
    if exclude is not None and getattr(exclude, "pk", None):
        people = people.exclude(pk=exclude.pk)
    return people.order_by("pk")


# Unsubscribing without logging in ------------------------------------------------------------------


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


def unsubscribe_url(user: Any, language: str, field: str = DIGEST, target_pk: int | None = None) -> str:
    return absolute_url(_reverse_in("following:unsubscribe", language, unsubscribe_token(user, field, target_pk)))


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


# Change emails -------------------------------------------------------------------------------------


def notify_proposal_status_changed(proposal: Page, *, old_status: str, new_status: str, changed_by: Any = None) -> int:
    choices = dict(type(proposal)._meta.get_field("status").flatchoices)  # type: ignore[union-attr]
    return notify_followers(
        proposal,
        template="proposal_status_changed",
        change=f"status:{old_status}:{new_status}:{getattr(proposal, 'status_changed_at', '')}",
        changed_by=changed_by,
        context={"old_status": choices.get(old_status, old_status), "new_status": choices.get(new_status, new_status)},
    )


def notify_proposal_consortium_changed(proposal: Page, *, changed_by: Any = None) -> int:
    consortium = getattr(proposal, "original", proposal).consortium.order_by("pk")  # type: ignore[attr-defined]
    members = list(consortium)
    return notify_followers(
        proposal,
        template="proposal_consortium_changed",
        change="consortium:" + ",".join(str(member.pk) for member in members),
        changed_by=changed_by,
        context={"consortium": members},
    )


def notify_funding_call_changed(call: Page, *, changes: dict[str, tuple[Any, Any]], changed_by: Any = None) -> int:
    """Followers of a call hear about its deadline, status, dates or budget changing. The person who
    published the change is the author of the call's latest revision, unless the sender names them."""
    if changed_by is None and call.latest_revision_id:
        changed_by = call.latest_revision.user  # type: ignore[union-attr]
    zone = getattr(call, "deadline_timezone", "") or "UTC"
    return notify_followers(
        call,
        template="funding_call_changed",
        change="call:" + repr(sorted((name, str(old), str(new)) for name, (old, new) in changes.items())),
        changed_by=changed_by,
        context={"changes": changed_fields(type(call), changes), "time_zone": zone},
    )


def notify_followers(
    obj: Page, *, template: str, change: str, changed_by: Any = None, context: dict[str, Any] | None = None
) -> int:
    """Queue one email per follower of `obj` (not to whoever made the change), each in the follower's
    language, in the current transaction, while `obj` is published and public; a change already
    announced to someone today is not sent again. Returns how many emails were queued."""
    target = follow_target(obj)
    field = target_field_of(target)
    if not followable(field).filter(translation_key=target.translation_key).exists():  # type: ignore[attr-defined]
        return 0  # no longer published, or private: its followers may not see it
    fingerprint = hashlib.sha256(f"{field}:{target.pk}:{timezone.now().date()}:{change}".encode()).hexdigest()
    sent = 0
    for person in followers(target, exclude=changed_by):
        _notice, created = ChangeNotice.objects.get_or_create(user=person, fingerprint=fingerprint)
        if not created:
            continue
        language = person.preferred_language
        translated = in_language(target, language)
        queue_templated_email(
            to=[person.email],
            language=language,
            template=f"following/email/{template}",
            context={
                **(context or {}),
                **_localised_changes(context, language),
                "recipient": person,
                "title": translated.title,  # type: ignore[attr-defined]
                "url": page_url(translated),  # type: ignore[arg-type]
                "unsubscribe_url": unsubscribe_url(person, language, field, target.pk),
            },
        )
        sent += 1
    return sent


def _localised_changes(context: dict[str, Any] | None, language: str) -> dict[str, Any]:
    """Changed values written in the recipient's language (dates, deadlines, choices)."""
    if not context or "changes" not in context:
        return {}
    zone = zoneinfo.ZoneInfo(context.get("time_zone") or "UTC")
    with translation.override(language):
        rows = [
            {"label": label, "old": format_value(old, zone), "new": format_value(new, zone)}
            for label, old, new in context["changes"]
        ]
    return {"changes": rows}


def format_value(value: Any, zone: datetime.tzinfo = datetime.UTC) -> str:
    """A value as a person reads it in the active language; instants in `zone`."""
    if value is None or value == "":
        return "–"
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value, zone)
        return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({local.tzname()})"
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def changed_fields(model: type[models.Model], changes: dict[str, tuple[Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """(label, old, new) for each change, choices shown by their (lazily translated) label."""
    rows = []
    for name, (old, new) in changes.items():
        label, choices = CHANGE_LABELS.get(name, (name, {}))
        if name not in CHANGE_LABELS:
            field = next((f for f in model._meta.get_fields() if f.name == name), None)
            label = getattr(field, "verbose_name", name)
            choices = dict(getattr(field, "flatchoices", None) or [])
        rows.append((label, choices.get(old, old), choices.get(new, new)))
    return rows


# The weekly digest ---------------------------------------------------------------------------------

UPCOMING_DEADLINES = datetime.timedelta(days=30)
FIRST_DIGEST_COVERS = datetime.timedelta(days=7)
LONGEST_DIGEST_COVERS = datetime.timedelta(days=14)


@dataclass(frozen=True)
class DigestItem:
    title: str
    url: str
    note: str


@dataclass(frozen=True)
class Digest:
    proposals: list[DigestItem]
    calls: list[DigestItem]

    def __len__(self) -> int:
        return len(self.proposals) + len(self.calls)


def week_of(moment: datetime.datetime) -> datetime.date:
    """The Monday (UTC) of the week `moment` falls in: one digest per person per week."""
    day = moment.astimezone(datetime.UTC).date()
    return day - datetime.timedelta(days=day.weekday())


def digest_recipients() -> QuerySet:
    """Active people with a verified email address who follow a cluster, challenge or sector and
    have not turned the weekly digest off."""
    return (
        User.objects.filter(is_active=True, follows__in=Follow.objects.for_digest())
        .filter(pk__in=EmailAddress.objects.filter(verified=True).values("user"))
        .exclude(digest_preference__weekly_digest=False)
        .distinct()
        .order_by("pk")
    )


def send_weekly_digests(now: datetime.datetime | None = None) -> int:
    """Send this week's digest to everyone who should have one; returns how many were sent.

    Running it again the same week sends nothing more: each person's week is recorded once.
    """
    now = now or timezone.now()
    sent = 0
    for person in digest_recipients().exclude(digest_deliveries__week=week_of(now)):
        try:
            sent += send_weekly_digest(person, now=now)
        except Exception:  # one person's digest failing must not stop the others'
            logger.exception(
                "The weekly digest of user %s failed and was not recorded; the next run retries it", person.pk
            )
    return sent


@transaction.atomic
def send_weekly_digest(user: Any, *, now: datetime.datetime) -> bool:
    """Record this week's digest for `user` and queue it, unless it was already recorded or there
    is nothing new. It covers what changed since the previous digest (at most two weeks back)."""
    previous = DigestDelivery.objects.filter(user=user).order_by("-covered_until").first()
    since = max(previous.covered_until, now - LONGEST_DIGEST_COVERS) if previous else now - FIRST_DIGEST_COVERS
    try:
        with transaction.atomic():
            delivery = DigestDelivery.objects.create(user=user, week=week_of(now), covered_until=now)
    except IntegrityError:
        return False  # another run is sending (or sent) this week's digest
    language = user.preferred_language
    with translation.override(language):
        digest = compose_digest(user, since=since, now=now, language=language)
    delivery.item_count = len(digest)
    delivery.save(update_fields=["item_count"])
    if not digest:
        return False
    unsubscribe_link = unsubscribe_url(user, language)
    queue_templated_email(
        to=[user.email],
        language=language,
        template="following/email/weekly_digest",
        context={
            "recipient": user,
            "digest": digest,
            "unsubscribe_url": unsubscribe_link,
            "following_url": absolute_url(_reverse_in("following:following", language)),
        },
        # RFC 2369 and RFC 8058: mail clients show an unsubscribe button that posts to the link.
        headers={
            "List-Unsubscribe": f"<{unsubscribe_link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return True


def compose_digest(user: Any, *, since: datetime.datetime, now: datetime.datetime, language: str) -> Digest:
    """What is new for someone: the proposals of the clusters, challenges and sectors they follow that
    were published or changed since `since`, and the calls those proposals answer whose deadline is
    in the next 30 days. Titles and links in `language` where a translation exists."""
    matching = matching_proposals(user)
    changed = matching.filter(
        Q(first_published_at__gt=since) | Q(last_published_at__gt=since) | Q(status_changed_at__gt=since)
    )
    proposals = [
        DigestItem(
            title=page.title,
            url=page_url(page),
            note=str(
                pgettext_lazy("weekly digest", "New")
                if page.first_published_at and page.first_published_at > since
                else pgettext_lazy("weekly digest", "Updated")
            )
            + " · "
            + page.get_status_display(),
        )
        for page in _in_language_versions(ProposalPage, changed, language)
    ]
    upcoming = (
        FundingCallPage.objects.live()
        .public()
        .filter(
            translation_key__in=matching.exclude(funding_call=None).values("funding_call__translation_key"),
            deadline__gt=now,
            deadline__lte=now + UPCOMING_DEADLINES,
        )
    )
    calls = [
        DigestItem(
            title=page.title,
            url=page_url(page),
            note=format_value(page.deadline, zoneinfo.ZoneInfo(page.deadline_timezone or "UTC")),
        )
        for page in sorted(_in_language_versions(FundingCallPage, upcoming, language), key=lambda call: call.deadline)
    ]
    return Digest(proposals=proposals, calls=calls)


def matching_proposals(user: Any) -> QuerySet:
    """Published proposals (any language) led by a cluster, or about a challenge or sector, `user` follows."""
    follows = Follow.objects.filter(user=user)
    cluster_keys = follows.of_kind("cluster").values("cluster__translation_key")
    clusters = Page.objects.filter(translation_key__in=cluster_keys).values_list("path", "depth")
    match = Q(challenges__in=follows.of_kind("challenge").values("challenge"))
    match |= Q(sectors__in=follows.of_kind("sector").values("sector"))
    for path, depth in clusters:
        match |= Q(path__startswith=path, depth__gt=depth)
    return ProposalPage.objects.live().public().filter(match).distinct()


def _in_language_versions(model: type[Page], pages: QuerySet, language: str) -> list[Any]:
    """One page per translation key among `pages`: its live version in `language`, or the first written."""
    keys = set(pages.values_list("translation_key", flat=True))
    chosen: dict[Any, Any] = {}
    versions = model.objects.live().public().filter(translation_key__in=keys).select_related("locale")  # type: ignore[attr-defined]
    for page in versions.order_by("pk"):
        current = chosen.get(page.translation_key)
        if current is None or (page.locale.language_code == language and current.locale.language_code != language):
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


def _reverse_in(name: str, language: str, *args: Any) -> str:
    with translation.override(language):
        return reverse(name, args=args)
