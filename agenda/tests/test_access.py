"""Only the managers of the organising cluster see an event's registrations and check people in:
its editors group, when active (see clusters.permissions). Editing other clusters, or the
clusters index above them all, gives no access."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from agenda import services
from agenda.permissions import can_organise
from tests.factories import make_cluster, make_editor, make_person

from .factories import make_event

pytestmark = pytest.mark.django_db

ATTENDEE = "attendee@example.org"


def clusters_index_editor():
    """Someone whose group may use the admin and edit the clusters index (so Wagtail lets them edit
    every cluster's page), yet is no cluster's editor."""
    group = Group.objects.create(name="Clusters index editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=make_cluster().get_parent(), permission=Permission.objects.get(codename="change_page")
    )
    person = make_person()
    person.groups.add(group)
    return person


@pytest.fixture
def event():
    event = make_event()
    services.register_attendee(event, make_person(ATTENDEE, first_name="Salma", last_name="Bennani"))
    return event


def organiser_pages(event) -> dict[str, str]:
    """The addresses that show an event's registrations, to organisers only."""
    return {
        "registrations": reverse("agenda_registrations", args=[event.pk]),
        "export": reverse("agenda_export_csv", args=[event.pk]),
        "check-in desk": event.url + "checkin/?q=Bennani",
    }


def test_an_editor_of_the_organising_cluster_sees_the_registrations_and_checks_people_in(client, event):
    editor = make_editor(event.organiser)
    client.force_login(editor)
    assert can_organise(editor, event)
    assert event.title in client.get(reverse("agenda_events")).content.decode()
    for name, url in organiser_pages(event).items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert ATTENDEE in response.content.decode(), name


def outcome(response) -> int | str:
    """What the person ends up with, after the redirects: "login" when sent to log in, else the status."""
    if response.redirect_chain and "login" in response.redirect_chain[-1][0]:
        return "login"
    return response.status_code


REFUSED = {"registrations": 404, "export": 404, "check-in desk": 403}
SENT_TO_LOG_IN = dict.fromkeys(REFUSED, "login")


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        pytest.param(lambda event: make_editor(make_cluster("menara", "TN")), REFUSED, id="another-clusters-editor"),
        pytest.param(lambda event: make_editor(event.organiser, active=False), SENT_TO_LOG_IN, id="inactive-editor"),
        pytest.param(lambda event: clusters_index_editor(), REFUSED, id="clusters-index-editor"),
    ],
)
def test_nobody_else_sees_the_registrations_or_checks_people_in(client, event, person, expected):
    user = person(event)
    client.force_login(user)
    assert not can_organise(user, event)
    assert event.title not in client.get(reverse("agenda_events"), follow=True).content.decode()
    for name, url in organiser_pages(event).items():
        response = client.get(url, follow=True)
        assert outcome(response) == expected[name], name
        assert ATTENDEE not in response.content.decode(), name
