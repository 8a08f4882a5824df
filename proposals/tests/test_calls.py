"""Funding calls: their deadline in their own time zone, their status, and the announcement of changes."""

import datetime

from django.utils import timezone

from proposals.models import FundingCallIndexPage, FundingCallPage, ProposalPage
from proposals.models.calls import CallStatus

from .factories import manager, publish_call, user


def test_the_deadline_is_an_instant_in_the_call_time_zone(demo):
    call = publish_call(
        "tz",
        deadline=datetime.date(2027, 4, 15),
        deadline_time=datetime.time(17, 0),
        deadline_timezone="Europe/Brussels",
    )
    call.refresh_from_db()
    assert call.deadline == datetime.datetime(2027, 4, 15, 15, 0, tzinfo=datetime.UTC)
    assert call.local_deadline.hour == 17


def test_status_follows_the_dates(demo):
    today = timezone.localdate()
    forthcoming = publish_call(
        "later", opening_date=today + datetime.timedelta(days=3), deadline=today + datetime.timedelta(days=60)
    )
    open_call = publish_call("now", opening_date=today, deadline=today + datetime.timedelta(days=60))
    closed = publish_call("past", deadline=today - datetime.timedelta(days=1))
    assert [call.status for call in (forthcoming, open_call, closed)] == [
        CallStatus.FORTHCOMING,
        CallStatus.OPEN,
        CallStatus.CLOSED,
    ]


def test_a_new_deadline_is_announced_when_published(demo, signals_sent):
    today = timezone.localdate()
    call = publish_call("moving", deadline=today + datetime.timedelta(days=30))
    old_deadline = FundingCallPage.objects.get(pk=call.pk).deadline
    signals_sent.clear()
    draft = FundingCallPage.objects.get(pk=call.pk)
    draft.deadline_date = today + datetime.timedelta(days=45)
    draft.save_revision()
    assert signals_sent == []
    draft.get_latest_revision().publish()
    [(name, kwargs)] = signals_sent
    assert name == "funding_call_changed"
    assert kwargs["call"].pk == call.pk
    assert kwargs["changes"] == {"deadline": (old_deadline, FundingCallPage.objects.get(pk=call.pk).deadline)}


def test_a_call_closed_by_moving_its_deadline_announces_its_status(demo, signals_sent):
    today = timezone.localdate()
    call = publish_call("closing", deadline=today + datetime.timedelta(days=30))
    signals_sent.clear()
    draft = FundingCallPage.objects.get(pk=call.pk)
    draft.deadline_date = today - datetime.timedelta(days=1)
    draft.save_revision().publish()
    [(_name, kwargs)] = signals_sent
    assert kwargs["changes"]["status"] == (CallStatus.OPEN, CallStatus.CLOSED)


def test_a_change_of_title_only_announces_nothing(demo, signals_sent):
    call = publish_call("same", deadline=timezone.localdate() + datetime.timedelta(days=30))
    signals_sent.clear()
    draft = FundingCallPage.objects.get(pk=call.pk)
    draft.title = "A better title"
    draft.save_revision().publish()
    assert signals_sent == []


def test_cluster_managers_may_add_funding_calls(client, demo):
    index = FundingCallIndexPage.objects.get(locale__language_code="en")
    client.force_login(manager())
    response = client.get(f"/admin/pages/add/proposals/fundingcallpage/{index.pk}/")
    assert response.status_code == 200
    client.force_login(user("partner1@example.org"))
    assert client.get(f"/admin/pages/add/proposals/fundingcallpage/{index.pk}/").status_code in (302, 403)


def test_the_admin_links_a_proposal_to_its_management_screens(client, demo):
    proposal = ProposalPage.objects.get(slug="local-medical-devices-industry", locale__language_code="en")
    client.force_login(manager())
    content = client.get(f"/admin/pages/{proposal.pk}/edit/").content.decode()
    assert f"/en/proposals/{proposal.pk}/manage/" in content
    assert f"/en/proposals/{proposal.pk}/renew/" in content
