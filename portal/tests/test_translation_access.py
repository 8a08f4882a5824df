"""A cluster's managers start and update the translations of their cluster's pages, and of no
other cluster's (wagtail-localize alone would let anyone with its permission translate any page)."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from portal.tests.translated_pages import manager
from practices.models import BestPracticePage
from tests.factories import cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(demo) -> BestPracticePage:
    """A practice of CE3M's, in English only."""
    page = BestPracticePage(
        title="Shared test bench",
        slug="shared-test-bench",
        summary="A test bench.",
        context_and_problem="<p>C</p>",
        approach="<p>A</p>",
    )
    cluster("ce3m").add_child(instance=page)
    page.save_revision().publish()
    return page


def french() -> Locale:
    return Locale.objects.get(language_code="fr")


def submit(client, page, locale):
    return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})


def test_cluster_managers_may_start_translations(demo):
    for slug in ("ce3m", "qoot"):
        assert manager(slug).has_perm("wagtail_localize.submit_translation")


def test_a_manager_translates_a_page_of_their_cluster(client, practice):
    client.force_login(manager("ce3m"))
    response = submit(client, practice, french())
    translation = practice.get_translation_or_none(french())
    assert translation is not None
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{translation.pk}/edit/"
    assert client.get(response["Location"]).status_code == 200


def test_another_clusters_manager_may_not_translate_it(client, practice):
    client.force_login(manager("qoot"))
    assert client.get(f"/admin/localize/submit/page/{practice.pk}/")["Location"] == "/admin/"
    response = submit(client, practice, french())
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert practice.get_translation_or_none(french()) is None


def test_another_clusters_manager_may_not_update_its_translations(client, practice):
    client.force_login(manager("ce3m"))
    submit(client, practice, french())
    source = TranslationSource.objects.get_for_instance(practice)
    address = f"/admin/localize/update/{source.pk}/"
    assert client.get(address).status_code == 200
    client.force_login(manager("qoot"))
    assert client.get(address)["Location"] == "/admin/"
    assert client.post(address, {"publish_translations": "on"})["Location"] == "/admin/"


def test_a_manager_finds_the_translate_button_on_their_page(client, practice):
    client.force_login(manager("ce3m"))
    assert (
        f"/admin/localize/submit/page/{practice.pk}/"
        in client.get(f"/admin/pages/{practice.pk}/edit/").content.decode()
    )
