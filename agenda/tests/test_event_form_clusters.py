"""The event editor offers each cluster once, in the language of the page being edited (where the
cluster has that translation), as organiser and as co-organiser."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from agenda.models import EventPage
from clusters.models import ClusterPage
from tests.factories import cluster

from .test_manager_events import add_event, edit_event, form_data, manager

pytestmark = pytest.mark.django_db


def options(form: str, name: str) -> list[int]:
    if 'name="organiser"' in name:
        block = form.split(name)[1].split("</select>")[0]
        return [int(pk) for pk in re.findall(r'<option value="(\d+)"', block)]
    return [int(pk) for pk in re.findall(rf'{name} value="(\d+)"', form)]


def test_the_french_editor_offers_each_cluster_once_in_french(client, demo):
    french = EventPage.objects.get(slug="techdays-casablanca", locale__language_code="fr")
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    form = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()

    for name in ('name="organiser"', 'name="co_organisers"'):
        pks = options(form, name)
        clusters = [ClusterPage.objects.get(pk=pk) for pk in pks]
        assert len({page.translation_key for page in clusters}) == len(pks) > 2, name
        assert {page.locale.language_code for page in clusters} == {"fr"}, name


def test_a_manager_saves_the_french_event_with_french_clusters(client, demo):
    client.force_login(manager("ce3m"))
    add_event(client, form_data(cluster("ce3m"), co_organisers=[cluster("qoot"), cluster("2ts")]))
    event = EventPage.objects.get(slug="ce3m-power-electronics-workshop")
    french = event.copy_for_translation(Locale.objects.get(language_code="fr"))  # names the English clusters
    french.save_revision()

    form = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert options(form, 'name="organiser"') == [cluster("ce3m", "fr").pk]
    assert f'<option value="{cluster("ce3m", "fr").pk}" selected' in form
    co_organisers = options(form, 'name="co_organisers"')
    assert len(co_organisers) == len(set(co_organisers))
    for slug in ("qoot", "2ts"):
        assert co_organisers.count(cluster(slug, "fr").pk) == 1 and cluster(slug).pk not in co_organisers
        assert re.search(rf'value="{cluster(slug, "fr").pk}"[^>]*checked', form)

    data = form_data(cluster("ce3m", "fr"), [cluster("qoot", "fr"), cluster("2ts", "fr")], slug=french.slug)
    assert edit_event(client, french, data).status_code == 302
    french = EventPage.objects.get(pk=french.pk)
    assert french.organiser == cluster("ce3m", "fr")
    assert set(french.co_organisers.all()) == {cluster("qoot", "fr"), cluster("2ts", "fr")}
