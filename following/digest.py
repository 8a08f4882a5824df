"""The weekly digest: what is new in the clusters, challenges and sectors a person follows.

Once a week, each follower with a verified address who has not turned it off gets the proposals
published or changed since their previous digest, the calls those proposals answer that close
within 30 days, and the news the followed clusters published (or published about a followed
sector) since then, in their language. A person's week is recorded once, so a second run sends nothing.
"""

import datetime
import logging
import zoneinfo
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from clusters.models import ClusterPage
from clusters.tree import children_of_any_version
from news.models import NewsPage
from outbox.services import notify
from portal.links import page_absolute_url
from portal.translations import language_of
from proposals.models import FundingCallPage, ProposalPage

from .formatting import format_value
from .models import DigestDelivery, Follow
from .unsubscribe import unsubscribe_url

User = get_user_model()
logger = logging.getLogger(__name__)

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
    news: list[DigestItem]

    def __len__(self) -> int:
        return len(self.proposals) + len(self.calls) + len(self.news)


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
        .filter(wants_weekly_digest=True)
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
    language = language_of(user)
    with translation.override(language):
        digest = compose_digest(user, since=since, now=now, language=language)
    delivery.item_count = len(digest)
    delivery.save(update_fields=["item_count"])
    if not digest:
        return False
    unsubscribe_link = unsubscribe_url(user)
    notify(
        user,
        "following/email/weekly_digest",
        {"digest": digest, "unsubscribe_url": unsubscribe_link},
        links={"following_url": ("following:following", {})},
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
    in the next 30 days, and the news published since `since` (`digest_news`). Titles and links in
    `language` where a translation exists."""
    matching = matching_proposals(user)
    changed = matching.filter(
        Q(first_published_at__gt=since) | Q(last_published_at__gt=since) | Q(status_changed_at__gt=since)
    )
    proposals = [
        DigestItem(
            title=page.title,
            url=page_absolute_url(page),
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
            url=page_absolute_url(page),
            note=format_value(page.deadline, zoneinfo.ZoneInfo(page.deadline_timezone or "UTC")),
        )
        for page in sorted(_in_language_versions(FundingCallPage, upcoming, language), key=lambda call: call.deadline)
    ]
    return Digest(proposals=proposals, calls=calls, news=digest_news(user, since=since, language=language))


def digest_news(user: Any, *, since: datetime.datetime, language: str) -> list[DigestItem]:
    """The news first published since `since` by a cluster, or about a sector, `user` follows: newest first."""
    follows = Follow.objects.filter(user=user)
    clusters = ClusterPage.objects.filter(pk__in=follows.of_kind("cluster").values("cluster"))
    match = Q(cluster__translation_key__in=clusters.values("translation_key"))
    match |= Q(sectors__in=follows.of_kind("sector").values("sector"))
    published = NewsPage.objects.live().public().filter(match, first_published_at__gt=since).distinct()
    news = sorted(_in_language_versions(NewsPage, published, language), key=lambda page: page.date, reverse=True)
    return [
        DigestItem(
            title=page.title,
            url=page_absolute_url(page),
            note=f"{page.cluster.acronym or page.cluster.title} · {date_format(page.date)}",
        )
        for page in news
    ]


def matching_proposals(user: Any) -> QuerySet:
    """Published proposals (any language) led by a cluster, or about a challenge or sector, `user` follows."""
    follows = Follow.objects.filter(user=user)
    clusters = ClusterPage.objects.filter(pk__in=follows.of_kind("cluster").values("cluster"))
    match = children_of_any_version(clusters)
    match |= Q(challenges__in=follows.of_kind("challenge").values("challenge"))
    match |= Q(sectors__in=follows.of_kind("sector").values("sector"))
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
