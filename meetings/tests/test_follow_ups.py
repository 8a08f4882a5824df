"""Weeks after a meeting rated "cooperation possible", both sides are asked what came of it; each
answers for their own organisation, and organisers see totals only."""

import io
from datetime import timedelta
from email import message_from_bytes
from email.header import decode_header, make_header

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from meetings import follow_ups, outcomes, services, tasks
from meetings.models import Meeting, MeetingFollowUp, MeetingRating, MeetingSlot
from meetings.personal_data import personal_data
from tests.factories import cluster


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def meeting(techdays, amina, karim, before_event) -> Meeting:
    """Amina (French) met Karim (Arabic) at the techdays; Amina rated it "cooperation possible"."""
    meeting = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    services.rate_meeting(meeting, amina.user, "cooperation", now=techdays.end + timedelta(days=1))
    return meeting


@pytest.fixture
def asked(meeting):
    """The moment both sides are due, once the questions are sent."""
    due = meeting.slot.ends_at + timedelta(days=settings.MEETING_FOLLOW_UP_DAYS)
    follow_ups.send_follow_ups(now=due)
    return due


def url(meeting: Meeting, language: str = "en") -> str:
    return f"/{language}/events/{meeting.request.programme.event_id}/b2b/meetings/{meeting.pk}/follow-up/"


def test_both_sides_are_asked_once_when_the_delay_has_passed(meeting, committed):
    due = meeting.slot.ends_at + timedelta(days=28)
    mail.outbox.clear()
    with committed():
        assert follow_ups.send_follow_ups(now=due - timedelta(minutes=1)) == 0
        assert follow_ups.send_follow_ups(now=due) == 2
        assert follow_ups.send_follow_ups(now=due + timedelta(days=3)) == 0
    assert MeetingFollowUp.objects.filter(meeting=meeting).count() == 2
    by_person = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2
    assert by_person["amina@example.org"].subject == "Qu’est-il advenu de votre rendez-vous avec Cedar Sensors ?"
    assert by_person["karim@example.org"].subject == "ما الذي نتج عن لقائك مع Atlas Composites؟"
    assert url(meeting, "fr") in by_person["amina@example.org"].body
    assert url(meeting, "ar") in by_person["karim@example.org"].body
    html = by_person["karim@example.org"].alternatives[0][0]
    assert 'lang="ar"' in html and 'dir="rtl"' in html


def test_the_delay_is_a_setting(meeting, settings):
    settings.MEETING_FOLLOW_UP_DAYS = 7
    assert follow_ups.send_follow_ups(now=meeting.slot.ends_at + timedelta(days=7)) == 2


@pytest.mark.parametrize("outcome", ["not_held", "no_interest", "informative"])
def test_only_meetings_rated_cooperation_possible_are_followed(meeting, amina, outcome):
    services.rate_meeting(meeting, amina.user, outcome, now=meeting.slot.ends_at + timedelta(hours=1))
    assert follow_ups.send_follow_ups(now=meeting.slot.ends_at + timedelta(days=60)) == 0
    assert not MeetingFollowUp.objects.exists()


def test_a_deleted_account_is_not_asked(meeting, karim):
    karim.user.deleted_at = timezone.now()
    karim.user.save()
    follow_ups.send_follow_ups(now=meeting.slot.ends_at + timedelta(days=30))
    assert list(MeetingFollowUp.objects.values_list("profile__organisation", flat=True)) == ["Atlas Composites"]


def test_a_question_already_sent_is_not_sent_again(meeting, amina):
    now = meeting.slot.ends_at + timedelta(days=30)
    assert follow_ups.send_follow_up(meeting.pk, amina.pk, now) is True
    mail.outbox.clear()
    assert follow_ups.send_follow_up(meeting.pk, amina.pk, now) is False
    assert MeetingFollowUp.objects.count() == 1


def test_the_periodic_task_is_scheduled_and_asks_nobody_twice(meeting, settings):
    entry = settings.CELERY_BEAT_SCHEDULE["meeting-follow-ups"]
    assert entry["task"] == "meetings.tasks.send_meeting_follow_ups"
    slot = meeting.slot
    MeetingSlot.objects.filter(pk=slot.pk).update(
        starts_at=timezone.now() - timedelta(days=40), ends_at=timezone.now() - timedelta(days=40, minutes=-30)
    )
    assert tasks.send_meeting_follow_ups.delay().get() == {"asked": 2}
    assert tasks.send_meeting_follow_ups.delay().get() == {"asked": 0}


def test_each_side_answers_for_their_own_organisation_and_may_change_it(client, meeting, asked, amina, karim):
    client.force_login(amina.user)
    page = client.get(url(meeting))
    assert page.status_code == 200
    assert "Your meeting with Cedar Sensors" in text(page)
    refused = client.post(url(meeting), {"outcome": "agreement"})
    assert "Choose the kind of agreement you signed." in text(refused)
    response = client.post(url(meeting), {"outcome": "agreement", "agreement": "licence"})
    assert response.status_code == 302
    mine = MeetingFollowUp.objects.get(profile=amina)
    assert (mine.outcome, mine.agreement) == ("agreement", "licence")
    client.post(url(meeting), {"outcome": "exchange", "agreement": "licence"})
    mine.refresh_from_db()
    assert (mine.outcome, mine.agreement) == ("exchange", "")
    agenda = BeautifulSoup(
        client.get(f"/en/events/{meeting.request.programme.event_id}/b2b/agenda/").content, "html.parser"
    )
    assert agenda.select_one(f'a[href="{url(meeting)}"]').get_text() == "We are still in touch"
    client.force_login(karim.user)
    theirs = client.get(url(meeting))
    assert theirs.context["form"].instance.outcome == ""  # Karim sees his own question, not Amina's answer
    assert "checked" not in str(BeautifulSoup(theirs.content, "html.parser").find("form"))


def test_an_answer_may_name_a_proposal_of_the_portal(client, meeting, asked, amina):
    from proposals.models import ProposalPage

    proposal = ProposalPage.objects.live().filter(locale__language_code="en").first()
    client.force_login(amina.user)
    client.post(url(meeting), {"outcome": "project", "proposal": proposal.pk})
    assert MeetingFollowUp.objects.get(profile=amina).proposal == proposal


def test_nobody_else_reaches_the_question(client, meeting, asked, lucia):
    assert client.get(url(meeting)).status_code == 302  # to the login
    client.force_login(lucia.user)
    assert client.get(url(meeting)).status_code == 404
    assert client.post(url(meeting), {"outcome": "nothing"}).status_code == 404
    client.force_login(get_user_model().objects.get(email="manager@ce3m.example.org"))
    assert client.get(url(meeting)).status_code == 404
    assert not MeetingFollowUp.objects.exclude(outcome="").exists()


def test_a_meeting_without_a_question_is_not_found(client, meeting, amina):
    client.force_login(amina.user)
    assert client.get(url(meeting)).status_code == 404


def test_totals_count_the_answers_and_nothing_else(meeting, asked, amina, karim, django_assert_num_queries):
    follow_ups.answer_follow_up(MeetingFollowUp.objects.get(profile=amina), "project")
    follow_ups.answer_follow_up(MeetingFollowUp.objects.get(profile=karim), "agreement", "mou")
    expected = {"nothing": 0, "exchange": 0, "agreement": 1, "project": 1}
    programme = meeting.request.programme
    with django_assert_num_queries(1):
        assert outcomes.outcome_totals(programme) == expected
    organiser = cluster("ce3m")
    with django_assert_num_queries(1):
        assert outcomes.outcome_totals(organiser) == expected
    assert outcomes.outcome_totals(cluster("ce3m", "fr")) == expected  # any translation of the cluster
    assert set(outcomes.outcome_totals(cluster("qoot")).values()) == {0}


def test_the_organisers_report_shows_totals_only(client, meeting, asked, amina):
    follow_ups.answer_follow_up(MeetingFollowUp.objects.get(profile=amina), "exchange")
    client.force_login(get_user_model().objects.get(email="manager@ce3m.example.org"))
    response = client.get(f"/admin/b2b_meetings/report/{meeting.request.programme.pk}/")
    assert dict(response.context["follow_ups"])["We are still in touch"] == 1
    page = text(response)
    assert "We are still in touch 1" in page
    assert "Atlas Composites" not in page and "Cedar Sensors" not in page


def test_a_persons_answers_are_in_their_data(meeting, asked, amina):
    follow_ups.answer_follow_up(MeetingFollowUp.objects.get(profile=amina), "agreement", "supply")
    [answer] = personal_data(amina.user)["meeting_follow_ups"]
    assert (answer["with"], answer["outcome"], answer["agreement"]) == ("Cedar Sensors", "agreement", "supply")


def test_a_demo_meeting_rated_cooperation_possible_gets_its_follow_up_mail_in_var_mail(
    demo, settings, tmp_path, django_capture_on_commit_callbacks
):
    """As on a laptop: rate the demo meeting, move it into the past, run the periodic tasks once."""
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    meeting = Meeting.objects.select_related("slot", "request__sender__user").get(
        request__sender__user__email="partner2@example.org"
    )
    MeetingSlot.objects.filter(pk=meeting.slot_id).update(
        starts_at=timezone.now() - timedelta(days=30, minutes=30), ends_at=timezone.now() - timedelta(days=30)
    )
    MeetingRating.objects.create(meeting=meeting, profile=meeting.request.sender, outcome="cooperation")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduled_tasks", "--once", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("run_scheduled_tasks", "--once", stdout=io.StringIO(), stderr=io.StringIO())
    messages = [message_from_bytes(path.read_bytes()) for path in tmp_path.iterdir()]
    subjects = {message["To"]: str(make_header(decode_header(message["Subject"]))) for message in messages}
    assert subjects == {
        "partner2@example.org": "What came of your meeting with Tunis Embedded Labs (demo)?",
        "partner3@example.org": "What came of your meeting with Provence Mécatronique (demo)?",
    }


def test_on_a_phone_the_agenda_scrolls_and_the_proposal_list_fits(client, meeting, asked, amina):
    """The agenda's table sits in a box that scrolls sideways, and the form's drop-downs are no wider
    than the form (`static/css/meetings.css`)."""
    client.force_login(amina.user)
    agenda = BeautifulSoup(
        client.get(f"/fr/events/{meeting.request.programme.event_id}/b2b/agenda/").content, "html.parser"
    )
    assert agenda.select_one(".table-scroll > table.b2b-agenda")
    form = BeautifulSoup(client.get(url(meeting)).content, "html.parser")
    assert form.select_one("form.b2b-form select[name=proposal]")
    css = (settings.BASE_DIR / "static/css/meetings.css").read_text()
    assert ".b2b-form select { max-inline-size: 100%; }" in css


@pytest.mark.parametrize(
    ("language", "question"),
    [("en", "What came of the meeting?"), ("fr", "Qu’est-il sorti du rendez-vous ?"), ("ar", "ما الذي نتج عن اللقاء؟")],
)
def test_a_question_label_ends_with_its_question_mark(client, meeting, asked, amina, language, question):
    client.force_login(amina.user)
    form = BeautifulSoup(client.get(url(meeting, language)).content, "html.parser").select_one("form.b2b-form")
    labels = [label.get_text(strip=True) for label in form.select("label, legend")]
    assert question in labels
    assert not [label for label in labels if label.endswith(("?:", "؟:", "? :"))]
    if language == "en":  # a label that is not a question keeps its colon
        assert "A joint proposal on the portal (optional):" in labels
