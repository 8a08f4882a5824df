"""A search for partners ends: its managers are reminded once, may renew it, and it closes itself."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from proposals import tasks
from proposals.errors import ProposalError, ProposalPermissionDenied
from proposals.models import ProposalPage, ProposalStatus
from proposals.partner_search import (
    EXPIRY_REMINDER_BEFORE,
    close_expired_partner_searches,
    remind_expiring_partner_searches,
    renew_partner_search,
)
from proposals.services import PARTNER_SEARCH_PERIOD, change_proposal_status

from .factories import manager, publish_proposal, user


@pytest.fixture
def looking(demo):
    return publish_proposal("ce3m", "expiring", status=ProposalStatus.LOOKING_FOR_PARTNERS, title="Local sensors")


def reminders(address: str = "manager@ce3m.example.org") -> list:
    return [message for message in mail.outbox if address in message.to and "ends soon" in message.subject]


def test_looking_for_partners_lasts_ninety_days(looking):
    assert looking.partner_search_expires_on == timezone.localdate() + PARTNER_SEARCH_PERIOD


def test_the_managers_are_reminded_once_before_the_end(looking, committed):
    end = looking.partner_search_expires_on
    with committed():
        remind_expiring_partner_searches(today=end - EXPIRY_REMINDER_BEFORE - datetime.timedelta(days=1))
        assert not reminders()
        remind_expiring_partner_searches(today=end - datetime.timedelta(days=10))
        remind_expiring_partner_searches(today=end - datetime.timedelta(days=9))
        remind_expiring_partner_searches(today=end)
    [reminder] = reminders()
    assert reminder.subject == "The search for partners for “Local sensors” ends soon"
    assert f"/en/proposals/{looking.pk}/renew/" in reminder.body
    looking.refresh_from_db()
    assert looking.expiry_reminder_sent_for == end


def test_renewing_extends_the_search_and_allows_a_new_reminder(looking, committed):
    end = looking.partner_search_expires_on
    remind_expiring_partner_searches(today=end - datetime.timedelta(days=3))
    new_end = renew_partner_search(looking, manager())
    looking.refresh_from_db()
    assert looking.partner_search_expires_on == new_end == timezone.localdate() + PARTNER_SEARCH_PERIOD
    assert looking.expiry_reminder_sent_for is None
    with committed():
        remind_expiring_partner_searches(today=new_end - datetime.timedelta(days=3))
    assert len(reminders()) == 1


@pytest.mark.parametrize("email", ["manager@menara.example.org", "partner1@example.org"])
def test_only_the_leading_cluster_managers_renew(looking, email):
    with pytest.raises(ProposalPermissionDenied):
        renew_partner_search(looking, user(email))


def test_only_a_search_for_partners_is_renewed(demo):
    proposal = publish_proposal("ce3m", "an-idea")
    with pytest.raises(ProposalError, match="Only a proposal that is looking for partners"):
        renew_partner_search(proposal, manager())


def test_the_search_closes_itself_the_day_after_its_end(looking, committed, signals_sent):
    end = looking.partner_search_expires_on
    close_expired_partner_searches(today=end)
    looking.refresh_from_db()
    assert looking.status == ProposalStatus.LOOKING_FOR_PARTNERS
    signals_sent.clear()
    with committed():
        closed = close_expired_partner_searches(today=end + datetime.timedelta(days=1))
    assert closed >= 1
    looking.refresh_from_db()
    assert looking.status == ProposalStatus.EXPIRED
    last = looking.status_changes.last()
    assert (last.old_status, last.new_status, last.changed_by) == (
        ProposalStatus.LOOKING_FOR_PARTNERS,
        ProposalStatus.EXPIRED,
        None,
    )
    assert ("proposal_status_changed", looking.pk) in [(name, kw["proposal"].pk) for name, kw in signals_sent]
    assert any(
        m.subject == "The search for partners for “Local sensors” has ended"
        for m in mail.outbox
        if "manager@ce3m.example.org" in m.to
    )
    assert close_expired_partner_searches(today=end + datetime.timedelta(days=2)) == 0


def test_an_expired_proposal_may_look_for_partners_again(looking):
    close_expired_partner_searches(today=looking.partner_search_expires_on + datetime.timedelta(days=1))
    change_proposal_status(looking, ProposalStatus.LOOKING_FOR_PARTNERS, manager())
    looking.refresh_from_db()
    assert looking.status == ProposalStatus.LOOKING_FOR_PARTNERS
    assert looking.partner_search_expires_on == timezone.localdate() + PARTNER_SEARCH_PERIOD


def test_the_beat_tasks_run_the_services(looking, monkeypatch):
    end = looking.partner_search_expires_on
    monkeypatch.setattr(timezone, "localdate", lambda *args: end + datetime.timedelta(days=1))
    tasks.close_expired_partner_searches.delay()
    assert ProposalPage.objects.get(pk=looking.pk).status == ProposalStatus.EXPIRED


def test_the_beat_schedule_runs_the_three_tasks(settings):
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "proposals.tasks.remind_expiring_partner_searches",
        "proposals.tasks.close_expired_partner_searches",
        "proposals.tasks.remind_unanswered_interests",
    } <= scheduled
