"""When the text of a page changes in the language it was written in, its translations are marked
out of date for the managers of its cluster, until they are updated."""

import pytest

from clusters.models import ClusterKeyFigure, ClusterPage
from portal.tests.translated_pages import manager, publish, versions
from portal.translation_records import OutdatedTranslation
from proposals.models import ProposalPage

pytestmark = pytest.mark.django_db

DASHBOARD_HEADING = "Translations out of date"


def edit_link(page) -> str:
    return f'href="/admin/pages/{page.pk}/edit/"'


@pytest.fixture
def ce3m(demo):
    """CE3M's versions, after its manager rewrote the English mission."""
    clusters = versions(ClusterPage, "ce3m")
    publish(clusters["en"], manager("ce3m"), mission="<p>A new mission, in English first.</p>")
    return clusters


def test_the_translations_of_a_changed_source_are_marked(ce3m):
    marked = set(OutdatedTranslation.objects.values_list("page_id", flat=True))
    assert marked == {ce3m["fr"].pk, ce3m["ar"].pk}


def test_the_clusters_managers_see_them_on_their_dashboard(client, ce3m):
    client.force_login(manager("ce3m"))
    dashboard = client.get("/admin/").content.decode()
    assert DASHBOARD_HEADING in dashboard
    assert edit_link(ce3m["fr"]) in dashboard and edit_link(ce3m["ar"]) in dashboard


def test_another_clusters_manager_does_not_see_them(client, ce3m):
    client.force_login(manager("qoot"))
    dashboard = client.get("/admin/").content.decode()
    assert DASHBOARD_HEADING not in dashboard and edit_link(ce3m["fr"]) not in dashboard
    assert "This translation is out of date" not in client.get(f"/admin/pages/{ce3m['fr'].pk}/edit/").content.decode()


def test_the_editor_of_a_translation_out_of_date_warns_its_managers(client, ce3m):
    client.force_login(manager("ce3m"))
    editor = client.get(f"/admin/pages/{ce3m['ar'].pk}/edit/").content.decode()
    assert "This translation is out of date: its English version" in editor
    assert "This translation is out of date" not in client.get(f"/admin/pages/{ce3m['en'].pk}/edit/").content.decode()


def test_updating_a_translation_clears_its_mark_only(client, ce3m):
    publish(ce3m["fr"], manager("ce3m"), mission="<p>Une nouvelle mission.</p>")
    assert list(OutdatedTranslation.objects.values_list("page_id", flat=True)) == [ce3m["ar"].pk]
    client.force_login(manager("ce3m"))
    dashboard = client.get("/admin/").content.decode()
    assert edit_link(ce3m["fr"]) not in dashboard and edit_link(ce3m["ar"]) in dashboard
    assert "This translation is out of date" not in client.get(f"/admin/pages/{ce3m['fr'].pk}/edit/").content.decode()


def test_copying_the_shared_facts_does_not_count_as_an_update(ce3m):
    publish(ce3m["en"], manager("ce3m"), smes=95)
    assert OutdatedTranslation.objects.filter(page__in=[ce3m["fr"].pk, ce3m["ar"].pk]).count() == 2


def test_a_change_of_facts_alone_marks_nothing(demo):
    clusters = versions(ClusterPage, "qoot")
    publish(clusters["en"], manager("qoot"), founded_year=2015)
    publish(clusters["fr"], manager("qoot"), startups=3)
    assert not OutdatedTranslation.objects.exists()


def test_a_changed_key_figure_label_marks_the_translations(demo):
    english = ClusterPage.objects.get(slug="ce3m", locale__language_code="en")
    draft = english.get_latest_revision_as_object()
    draft.key_figures = [*draft.key_figures.all(), ClusterKeyFigure(value="12", label="patents filed", year=2024)]
    draft.save_revision(user=manager("ce3m")).publish(user=manager("ce3m"))
    assert OutdatedTranslation.objects.count() == 2


def test_a_translation_changed_alone_marks_nothing(demo):
    proposals = versions(ProposalPage, "made-in-morocco-electronic-components")
    publish(proposals["ar"], manager("ce3m"), summary="ملخص جديد.")
    assert not OutdatedTranslation.objects.exists()
