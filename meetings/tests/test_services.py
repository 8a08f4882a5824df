"""Meeting requests, answers, slots, expiry and outcomes, as the services apply them."""

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import translation
from icalendar import Calendar

from agenda.models import Registration
from meetings import calendar, expiry, outcomes, services
from meetings.models import Meeting, MeetingRating, MeetingRequest, SlotBooking
from meetings.services import MeetingError
from tests.factories import cluster

from . import factories


@pytest.fixture
def sent(committed):
    """Run a block and return the mails it sent once its transaction committed."""

    @contextmanager
    def block():
        mail.outbox.clear()
        with committed():
            yield mail.outbox

    return block


def test_a_request_waits_for_an_answer_and_tells_the_recipient(amina, karim, before_event, sent):
    with sent() as outbox:
        request = services.send_request(amina, karim, "Composite housings for your sensors?", now=before_event)
    assert request.status == MeetingRequest.Status.PENDING
    assert request.expires_at == before_event + timedelta(hours=48)
    assert [message.to for message in outbox] == [["karim@example.org"]]
    assert "Atlas Composites" in outbox[0].subject


def test_a_request_never_expires_after_the_event(amina, karim, techdays):
    request = services.send_request(amina, karim, "Hello", now=techdays.end - timedelta(hours=2))
    assert request.expires_at == techdays.end


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("self", "You cannot request a meeting with yourself."),
        ("twice", "You have already exchanged a meeting request with this person."),
        ("reverse", "You have already exchanged a meeting request with this person."),
        ("quota", "You have used all your meeting requests for this event."),
        ("other event", "This person has not opted in to the B2B meetings of this event."),
    ],
)
def test_refused_requests_say_why_and_change_nothing(case, reason, b2b, amina, karim, lucia, before_event, sent):
    recipient = {"self": amina, "twice": karim, "reverse": karim, "quota": lucia}.get(case)
    if case == "twice":
        services.send_request(amina, karim, "First", now=before_event)
    if case == "reverse":
        services.send_request(karim, amina, "First", now=before_event)
    if case == "quota":
        b2b.request_quota = 1
        b2b.save()
        services.send_request(amina, karim, "First", now=before_event)
    if case == "other event":
        other = factories.programme(factories.event("Other Techdays"))
        recipient = factories.participant(other, "omar@example.org")
    count = MeetingRequest.objects.count()
    with sent() as outbox, pytest.raises(MeetingError) as refusal:
        services.send_request(amina, recipient, "Again", now=before_event)
    assert str(refusal.value.message) == reason
    assert MeetingRequest.objects.count() == count
    assert outbox == []


def test_refusals_are_translated(amina, before_event):
    with translation.override("fr"), pytest.raises(MeetingError) as refusal:
        services.send_request(amina, amina, "Moi", now=before_event)
    with translation.override("fr"):
        assert str(refusal.value.message) == "Vous ne pouvez pas demander un rendez-vous avec vous-même."


def test_accepting_books_the_first_slot_and_table_and_mails_both_with_a_calendar_file(amina, karim, before_event, sent):
    request = services.send_request(amina, karim, "Let us meet", now=before_event)
    with sent() as outbox:
        meeting = services.accept_request(request.pk, karim.user, now=before_event)
    session = amina.programme.sessions.get()
    assert (meeting.slot.starts_at, meeting.table) == (session.starts_at, 1)
    assert set(SlotBooking.objects.filter(meeting=meeting).values_list("profile", flat=True)) == {amina.pk, karim.pk}
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.ACCEPTED
    assert sorted(message.to[0] for message in outbox) == ["amina@example.org", "karim@example.org"]
    for message in outbox:
        (name, content, mimetype) = message.attachments[0]
        assert (name, mimetype) == ("meeting.ics", "text/calendar")
        event = Calendar.from_ical(content).walk("VEVENT")[0]
        assert event.decoded("dtstart") == meeting.slot.starts_at


def test_a_person_is_never_in_two_meetings_at_once_and_a_table_never_holds_two(amina, karim, lucia, before_event):
    first = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    second = services.accept_request(
        services.send_request(lucia, karim, "2", now=before_event).pk, karim.user, before_event
    )
    third = services.accept_request(
        services.send_request(lucia, amina, "3", now=before_event).pk, amina.user, before_event
    )
    # Karim is busy in the first slot: his meeting with Lucia is in the second. Amina is busy in
    # the first and Lucia in the second: their meeting is in the third, although tables are free earlier.
    # Two other people meet at the first slot's second table.
    omar, nadia = (factories.participant(amina.programme, f"{name}@example.org") for name in ("omar", "nadia"))
    fourth = services.accept_request(
        services.send_request(omar, nadia, "4", now=before_event).pk, nadia.user, before_event
    )
    start = first.slot.starts_at
    assert [(m.slot.starts_at - start, m.table) for m in (first, second, third, fourth)] == [
        (timedelta(0), 1),
        (timedelta(minutes=30), 1),
        (timedelta(minutes=60), 1),
        (timedelta(0), 2),
    ]
    pairs = list(Meeting.objects.values_list("slot", "table"))
    assert len(pairs) == len(set(pairs))
    people = list(SlotBooking.objects.values_list("slot", "profile"))
    assert len(people) == len(set(people))


def test_when_no_slot_is_left_the_request_stays_pending_with_a_clear_message(b2b, amina, karim, before_event):
    session = b2b.sessions.get()
    session.ends_at = session.starts_at + timedelta(minutes=30)
    session.save()
    first = services.send_request(amina, karim, "1", now=before_event)
    services.accept_request(first.pk, karim.user, before_event)
    lucia = factories.participant(b2b, "lucia2@example.org")
    late = services.send_request(lucia, amina, "2", now=before_event)
    with pytest.raises(MeetingError) as refusal:
        services.accept_request(late.pk, amina.user, before_event)
    assert "No meeting slot is left" in str(refusal.value.message)
    late.refresh_from_db()
    assert late.status == MeetingRequest.Status.PENDING
    assert not Meeting.objects.filter(request=late).exists()


def test_only_the_recipient_answers_a_request(amina, karim, lucia, before_event):
    request = services.send_request(amina, karim, "Hello", now=before_event)
    for outsider in (amina.user, lucia.user):
        with pytest.raises(MeetingRequest.DoesNotExist):
            services.accept_request(request.pk, outsider, before_event)
        with pytest.raises(MeetingRequest.DoesNotExist):
            services.decline_request(request.pk, outsider, before_event)
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.PENDING


def test_declining_tells_the_sender_and_an_answered_request_cannot_be_answered_again(amina, karim, before_event, sent):
    request = services.send_request(amina, karim, "Hello", now=before_event)
    with sent() as outbox:
        services.decline_request(request.pk, karim.user, before_event)
    assert [message.to for message in outbox] == [["amina@example.org"]]
    with pytest.raises(MeetingError):
        services.accept_request(request.pk, karim.user, before_event)
    # A declined request still counts in the quota and may not be sent again.
    assert services.quota_left(amina) == 2
    with pytest.raises(MeetingError):
        services.send_request(amina, karim, "Again", now=before_event)


def test_unanswered_requests_get_one_reminder_then_expire_once(amina, karim, before_event, sent):
    request = services.send_request(amina, karim, "Hello", now=before_event)
    with sent() as outbox:
        early = expiry.remind_and_expire_requests(before_event + timedelta(hours=35))
    assert (early.reminded, early.expired, outbox) == (0, 0, [])
    with sent() as outbox:
        report = expiry.remind_and_expire_requests(before_event + timedelta(hours=36))
        again = expiry.remind_and_expire_requests(before_event + timedelta(hours=37))
    assert (report.reminded, again.reminded) == (1, 0)
    assert [message.to for message in outbox] == [["karim@example.org"]]
    with sent() as outbox:
        report = expiry.remind_and_expire_requests(before_event + timedelta(hours=48))
        again = expiry.remind_and_expire_requests(before_event + timedelta(hours=49))
    assert (report.expired, again.expired) == (1, 0)
    assert [message.to for message in outbox] == [["amina@example.org"]]
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.EXPIRED
    with pytest.raises(MeetingError, match="expired"):
        services.accept_request(request.pk, karim.user, before_event + timedelta(hours=50))
    # Nobody answered: the request no longer uses the quota, and may be sent again.
    assert services.quota_left(amina) == 3
    services.send_request(amina, karim, "Second try", now=before_event + timedelta(hours=50))


def test_a_request_past_its_expiry_cannot_be_accepted_before_the_sweep_runs(amina, karim, before_event):
    request = services.send_request(amina, karim, "Hello", now=before_event)
    with pytest.raises(MeetingError, match="expired"):
        services.accept_request(request.pk, karim.user, before_event + timedelta(hours=49))


def test_each_side_rates_a_meeting_after_it_ended_and_totals_count_them(
    b2b, techdays, amina, karim, lucia, before_event
):
    meeting = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    with pytest.raises(MeetingError, match="once it has ended"):
        services.rate_meeting(meeting, amina.user, MeetingRating.Outcome.COOPERATION_POSSIBLE, now=before_event)
    after = techdays.end + timedelta(days=1)
    services.rate_meeting(meeting, amina.user, MeetingRating.Outcome.COOPERATION_POSSIBLE, now=after)
    services.rate_meeting(meeting, karim.user, MeetingRating.Outcome.INFORMATIVE, now=after)
    services.rate_meeting(meeting, karim.user, MeetingRating.Outcome.COOPERATION_POSSIBLE, "Samples in June", now=after)
    with pytest.raises(Meeting.bookings.rel.related_model.DoesNotExist):
        services.rate_meeting(meeting, lucia.user, MeetingRating.Outcome.INFORMATIVE, now=after)
    totals = outcomes.outcome_totals_for_event(techdays)
    assert (totals.participants, totals.requests, totals.meetings) == (3, 1, 1)
    assert totals.ratings == {"not_held": 0, "no_interest": 0, "informative": 0, "cooperation": 2}
    assert totals.cooperation_possible == 2
    assert outcomes.outcome_totals_for_cluster(techdays.organiser).meetings == 1
    assert outcomes.outcome_totals_for_cluster(cluster("qoot")).meetings == 0


def test_the_agenda_file_parses_back_with_every_meeting(amina, karim, lucia, before_event):
    for other in (karim, lucia):
        request = services.send_request(amina, other, "Hello", now=before_event)
        services.accept_request(request.pk, other.user, before_event)
    content = calendar.agenda_ics(services.agenda_of(amina), amina)
    events = Calendar.from_ical(content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == [
        "B2B meeting: Cedar Sensors",
        "B2B meeting: Valencia Robotics",
    ]
    assert [event.decoded("dtstart") for event in events] == [m.slot.starts_at for m in services.agenda_of(amina)]
    assert "Table 1" in str(events[0]["location"]) and "Technopark" in str(events[0]["location"])


def test_someone_whose_registration_was_cancelled_drops_out_of_the_meetings(amina, karim, before_event):
    Registration.objects.filter(user=karim.user).update(status=Registration.Status.CANCELLED)
    assert list(services.active_profiles(amina.programme)) == [amina]
    with pytest.raises(MeetingError) as refusal:
        services.send_request(amina, karim, "Hello", now=before_event)
    assert str(refusal.value.message) == "This person has not opted in to the B2B meetings of this event."
    with pytest.raises(MeetingError) as refusal:
        services.send_request(karim, amina, "Hello", now=before_event)
    assert str(refusal.value.message) == "Only participants with a confirmed registration may request meetings."
