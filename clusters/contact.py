"""Writing to a cluster: a signed-in person's message, mailed to the cluster's managers.

The managers (`clusters.permissions.cluster_managers`) each get the message in their own language,
with the sender's name and organisation and a Reply-To set to the sender's address; the body never
shows an address. A cluster without a manager account gets it at its public contact address.
Each person may write `CONTACT_LIMITS` messages per period, counted in the cache.
"""

from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext as _

from outbox.services import notify, queue_templated_email
from portal.translations import source_of

from .models import ClusterPage
from .permissions import cluster_managers

CONTACT_TEMPLATE = "clusters/email/contact_message"
# (messages, seconds): at most 5 an hour and 20 a day for each person.
CONTACT_LIMITS = ((5, 60 * 60), (20, 24 * 60 * 60))


class ContactError(Exception):
    """Why a message cannot be sent, in words the sender can read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ContactLimitReached(ContactError):
    """The sender has used up their messages for now."""


@dataclass(frozen=True)
class ContactMessage:
    subject: str
    message: str
    concerning: str = ""  # the member organisation the message is about, if any


def _limit_keys(user: Any) -> list[tuple[str, int, int]]:
    """For each limit, its cache key for `user`, how many messages it allows and for how many seconds.

    A period starts with the first message sent after the previous one ended.
    """
    return [(f"cluster-contact:{user.pk}:{seconds}", limit, seconds) for limit, seconds in CONTACT_LIMITS]


def may_contact_now(user: Any) -> bool:
    """Whether `user` has messages left in every period."""
    keys = _limit_keys(user)
    counts = cache.get_many([key for key, _limit, _seconds in keys])
    return all(counts.get(key, 0) < limit for key, limit, _seconds in keys)


def _count_message(user: Any) -> None:
    for key, _limit, seconds in _limit_keys(user):
        cache.add(key, 0, timeout=seconds)
        try:
            cache.incr(key)
        except ValueError:  # the period ended between the two calls
            cache.set(key, 1, timeout=seconds)


@transaction.atomic
def send_contact_message(sender: Any, cluster: ClusterPage, content: ContactMessage) -> int:
    """Queue `content` for each manager of `cluster` (or its contact address); returns how many mails.

    Raises ContactError when the sender has written too much lately or the cluster has nobody to read it.
    """
    if not may_contact_now(sender):
        raise ContactLimitReached(
            _("You have sent many messages lately. Please try again later: your message is kept below.")
        )
    cluster = source_of(cluster)
    context = {
        "cluster": cluster,
        "sender_name": sender.get_full_name(),
        "sender_organisation": sender.organisation,
        "subject": content.subject,
        "message": content.message,
        "concerning": content.concerning,
    }
    reply_to = [sender.contact_email] if sender.contact_email else []
    managers = list(cluster_managers(cluster))
    for manager in managers:
        notify(manager, CONTACT_TEMPLATE, context, pages={"cluster": cluster}, reply_to=reply_to)
    if not managers:
        if not cluster.contact_email:
            raise ContactError(_("This cluster cannot receive messages at the moment."))
        queue_templated_email(
            to=[cluster.contact_email],
            language=cluster.locale.language_code,
            template=CONTACT_TEMPLATE,
            context={**context, "recipient": None, "cluster_url": cluster.full_url},
            reply_to=reply_to,
        )
    _count_message(sender)
    return max(len(managers), 1)
