"""Cluster managers announce, edit, publish and close their clusters' events in the admin, and
nobody else's: what each person may do follows the manager rule (`clusters.permissions`)."""

import html
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agenda.models import EventIndexPage, EventPage
from clusters.services import set_review_required
from tests.factories import cluster, make_cluster, make_editor, make_index_editor

from .factories import event_index, make_event

pytestmark = pytest.mark.django_db


def manager(slug: str):
    return get_user_model().objects.get(email=f"manager@{slug}.example.org")


def form_data(organiser, co_organisers=(), **fields) -> dict:
    """What the admin's form for an event sends."""
    start = timezone.localtime() + timedelta(days=40)
    data = nested_form_data(
        {
            "title": "CE3M workshop: power electronics",
            "slug": "ce3m-power-electronics-workshop",
            "event_type": "workshop",
            "summary": "A day on power electronics for the automotive industry.",
            "organiser": organiser.pk,
            "time_zone": "Africa/Casablanca",
            "start": start.strftime("%Y-%m-%d 09:00"),
            "end": start.strftime("%Y-%m-%d 17:00"),
            "city": "Casablanca",
            "country": "MA",
            "capacity": "30",
            "description": rich_text("<p>Talks and a workshop.</p>"),
            "programme": streamfield([]),
            "questions": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    data["co_organisers"] = [co_organiser.pk for co_organiser in co_organisers]
    return data


def add_event(client, data: dict, action: str = "action-publish"):
    index = event_index()
    return client.post(f"/admin/pages/add/agenda/eventpage/{index.pk}/", {**data, action: "1"})


def edit_event(client, event: EventPage, data: dict, action: str = "action-publish"):
    return client.post(f"/admin/pages/{event.pk}/edit/", {**data, action: "1"})


def refused(response) -> bool:
    """Wagtail refuses: a 403, or back to the admin's dashboard ("you do not have permission"), or
    to the login page for someone who may not use the admin."""
    if response.status_code == 302:
        return response["Location"] == "/admin/" or "/login/" in response["Location"]
    return response.status_code == 403


@pytest.fixture
def workshop(client, demo):
    """A workshop the CE3M manager created and published in the admin."""
    client.force_login(manager("ce3m"))
    response = add_event(client, form_data(cluster("ce3m")))
    assert response.status_code == 302
    client.logout()
    return EventPage.objects.get(slug="ce3m-power-electronics-workshop")


def test_the_manager_announces_a_workshop_that_appears_on_the_events_page(client, demo):
    ce3m_manager = manager("ce3m")
    client.force_login(ce3m_manager)
    index = event_index()
    form = client.get(f"/admin/pages/add/agenda/eventpage/{index.pk}/").content.decode()
    assert 'name="action-publish"' in form
    organiser_choices = form.split('name="organiser"')[1].split("</select>")[0]
    assert "CE3M" in organiser_choices and "QOOT" not in organiser_choices

    response = add_event(client, form_data(cluster("ce3m"), co_organisers=[cluster("2ts")]))

    assert response.status_code == 302
    event = EventPage.objects.get(slug="ce3m-power-electronics-workshop")
    assert event.live and event.organiser == cluster("ce3m") and event.owner == ce3m_manager
    assert list(event.co_organisers.all()) == [cluster("2ts")]
    client.logout()
    assert "CE3M workshop: power electronics" in client.get("/en/events/").content.decode()
    assert client.get(event.url).status_code == 200


def test_the_manager_edits_their_event_and_closes_its_registration(client, workshop):
    client.force_login(manager("ce3m"))
    assert client.get(f"/admin/pages/{workshop.pk}/edit/").status_code == 200

    data = form_data(cluster("ce3m"), title="CE3M workshop: power modules", registration_closed="on")
    assert edit_event(client, workshop, data).status_code == 302

    workshop.refresh_from_db()
    assert workshop.title == "CE3M workshop: power modules" and workshop.registration_closed
    assert not workshop.registration_open()


def test_another_clusters_manager_can_neither_edit_nor_publish_it(client, workshop):
    qoot_manager = manager("qoot")
    client.force_login(qoot_manager)
    permissions = workshop.permissions_for_user(qoot_manager)
    assert not (permissions.can_edit() or permissions.can_publish() or permissions.can_unpublish())

    assert refused(client.get(f"/admin/pages/{workshop.pk}/edit/"))
    assert refused(edit_event(client, workshop, form_data(cluster("ce3m"), title="Hijacked")))
    assert refused(client.post(f"/admin/pages/{workshop.pk}/unpublish/"))
    assert refused(client.post(f"/admin/pages/{workshop.pk}/delete/"))
    workshop.refresh_from_db()
    assert workshop.title == "CE3M workshop: power electronics" and workshop.live

    listing = client.get(f"/admin/pages/{event_index().pk}/").content.decode()
    assert "CE3M workshop: power electronics" not in listing
    assert f"/admin/pages/{workshop.pk}/edit/" not in listing


def test_a_manager_organises_only_for_their_own_clusters(client, demo):
    client.force_login(manager("qoot"))

    response = add_event(client, form_data(cluster("ce3m")))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not EventPage.objects.filter(slug="ce3m-power-electronics-workshop").exists()

    qoot_event = make_event(organiser=cluster("qoot"))
    response = edit_event(client, qoot_event, form_data(cluster("ce3m"), slug=qoot_event.slug))
    assert response.status_code == 200
    qoot_event.refresh_from_db()
    assert qoot_event.organiser == cluster("qoot")


def test_having_added_an_event_gives_no_right_on_it_once_it_belongs_to_others(client, workshop):
    """Wagtail lets whoever added a page edit it; for events only the manager rule counts."""
    someone = make_editor(cluster("qoot"))
    workshop.owner = someone
    workshop.save()
    assert not workshop.permissions_for_user(someone).can_edit()


def test_an_inactive_editor_of_the_cluster_can_do_nothing(client, workshop):
    inactive = make_editor(cluster("ce3m"), active=False)
    assert not workshop.permissions_for_user(inactive).can_edit()
    assert not event_index().permissions_for_user(inactive).can_add_subpage()
    client.force_login(inactive)
    assert refused(client.get(f"/admin/pages/{workshop.pk}/edit/"))
    assert refused(add_event(client, form_data(cluster("ce3m"), slug="inactive-workshop")))
    assert not EventPage.objects.filter(slug="inactive-workshop").exists()


def test_with_review_on_the_managers_publishing_goes_to_the_moderators(client, workshop):
    ce3m = cluster("ce3m")
    set_review_required(ce3m, True)
    client.force_login(manager("ce3m"))
    index = event_index()
    form = client.get(f"/admin/pages/add/agenda/eventpage/{index.pk}/").content.decode()
    assert 'name="action-publish"' not in form and 'name="action-submit"' in form

    data = form_data(ce3m, slug="reviewed-workshop", title="Reviewed workshop")
    assert add_event(client, data, action="action-submit").status_code == 302
    submitted = EventPage.objects.get(slug="reviewed-workshop")
    assert not submitted.live
    assert submitted.workflow_in_progress
    assert WorkflowState.objects.get(object_id=str(submitted.pk)).requested_by == manager("ce3m")

    # Publishing anyway only saves a draft; the live page stays as it was.
    edit_event(client, workshop, form_data(ce3m, title="Changed without review"))
    workshop.refresh_from_db()
    assert workshop.title == "CE3M workshop: power electronics" and workshop.has_unpublished_changes
    edit_event(client, workshop, form_data(ce3m, title="Changed with review"), action="action-submit")
    workshop.refresh_from_db()
    assert workshop.workflow_in_progress and workshop.title == "CE3M workshop: power electronics"


def test_a_co_organising_clusters_manager_edits_the_event_but_does_not_take_it_over(client, demo):
    event = make_event(organiser=cluster("ce3m"), co_organisers=[cluster("qoot")], slug="joint-workshop")
    client.force_login(manager("qoot"))
    data = form_data(cluster("ce3m"), [cluster("qoot")], slug="joint-workshop", title="Joint workshop, new room")

    assert edit_event(client, event, data).status_code == 302
    event.refresh_from_db()
    assert event.title == "Joint workshop, new room" and event.live

    for changed in (
        form_data(cluster("qoot"), [cluster("qoot")], slug="joint-workshop"),
        form_data(cluster("ce3m"), [cluster("qoot"), cluster("valbiom")], slug="joint-workshop"),
    ):
        response = edit_event(client, event, changed)
        assert response.status_code == 200
        assert "Only the managers of the organising cluster" in response.content.decode()
    event = EventPage.objects.get(pk=event.pk)
    assert event.organiser == cluster("ce3m") and list(event.co_organisers.all()) == [cluster("qoot")]


def test_managers_see_their_clusters_events_in_the_explorer(client, workshop):
    client.force_login(manager("ce3m"))
    listing = client.get(f"/admin/pages/{event_index().pk}/").content.decode()
    assert "CE3M workshop: power electronics" in listing
    assert "Workshop: pooled purchasing of components" in listing  # which CE3M co-organises
    client.force_login(manager("valbiom"))
    listing = client.get(f"/admin/pages/{event_index().pk}/").content.decode()
    assert "CE3M workshop: power electronics" not in listing


def test_an_index_editor_gets_nothing_more_on_events(client, workshop):
    person = make_index_editor()
    assert not workshop.permissions_for_user(person).can_edit()
    assert not event_index().permissions_for_user(person).can_add_subpage()
    client.force_login(person)
    assert refused(client.get(f"/admin/pages/{workshop.pk}/edit/"))
    assert refused(client.get(f"/admin/pages/add/agenda/eventpage/{event_index().pk}/"))


def test_managers_edit_the_translations_of_their_events(client, workshop):
    french = workshop.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Atelier CE3M : électronique de puissance"
    french.organiser = cluster("ce3m", "fr")  # as the demo's translations name their cluster
    french.save_revision()
    client.force_login(manager("ce3m"))

    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code == 200
    data = form_data(french.organiser, title="Atelier CE3M : modules de puissance", slug=french.slug)
    assert edit_event(client, french, data).status_code == 302
    french.refresh_from_db()
    assert french.live and french.title == "Atelier CE3M : modules de puissance"
    assert french.organiser == cluster("ce3m", "fr")
    assert not french.permissions_for_user(manager("qoot")).can_edit()


def test_managers_edit_and_publish_wagtail_localize_translations(client, workshop):
    from wagtail_localize.models import TranslationSource

    arabic = Locale.objects.get(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(workshop)
    source.translations.create(target_locale=arabic).save_target(publish=False)
    translation = workshop.get_translation(arabic)
    client.force_login(manager("ce3m"))

    page = client.get(f"/admin/pages/{translation.pk}/edit/")
    assert page.status_code == 200
    assert '"canPublish": true' in html.unescape(page.content.decode())
    client.force_login(manager("qoot"))
    assert refused(client.get(f"/admin/pages/{translation.pk}/edit/"))


def test_every_clusters_editors_may_add_events_in_every_language(demo):
    new_cluster = make_cluster("newcl", acronym="NEWCL")
    editor = make_editor(new_cluster)
    for index in EventIndexPage.objects.all():
        assert index.permissions_for_user(editor).can_add_subpage(), index.locale
        assert not index.permissions_for_user(editor).can_edit()


def test_loading_the_demo_again_adds_no_permission(demo):
    from django.core.management import call_command

    before = GroupPagePermission.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert GroupPagePermission.objects.count() == before


def test_administrators_choose_any_organising_cluster(client, demo):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    french = EventPage.objects.get(slug="techdays-casablanca", locale__language_code="fr")
    form = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    organiser_choices = form.split('name="organiser"')[1].split("</select>")[0]
    assert f'value="{french.organiser.pk}" selected' in organiser_choices
    assert all(cluster(slug).title in organiser_choices for slug in ("ce3m", "qoot", "valbiom"))


def test_managers_delete_an_event_only_while_nobody_has_registered(client, workshop):
    ce3m_manager = manager("ce3m")
    registered = EventPage.objects.get(slug="techdays-casablanca", locale__language_code="en")
    assert registered.registrations.exists()
    assert not registered.permissions_for_user(ce3m_manager).can_delete()
    assert workshop.permissions_for_user(ce3m_manager).can_delete()
    client.force_login(ce3m_manager)
    assert refused(client.post(f"/admin/pages/{registered.pk}/delete/"))
    assert EventPage.objects.filter(pk=registered.pk).exists()
    client.post(f"/admin/pages/{workshop.pk}/delete/")
    assert not EventPage.objects.filter(pk=workshop.pk).exists()
