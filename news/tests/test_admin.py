"""Cluster managers add, edit and publish their clusters' news in the admin, and nobody else's:
what each person may do follows the manager rule (`clusters.permissions`), with review honoured."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from clusters.services import set_review_required
from news.models import NewsIndexPage, NewsPage
from tests.factories import cluster, make_editor, make_index_editor

from .factories import make_news, news_index

pytestmark = pytest.mark.django_db


def manager(slug: str):
    return get_user_model().objects.get(email=f"manager@{slug}.example.org")


def form_data(publisher, **fields) -> dict:
    """What the admin's form for a news item sends."""
    return nested_form_data(
        {
            "title": "CE3M joins a European prototyping network",
            "slug": "ce3m-prototyping-network",
            "date": "2026-12-01",
            "summary": "The cluster's platform opens to partners abroad.",
            "cluster": publisher.pk,
            "body": rich_text("<p>Details of the network.</p>"),
            "comments": inline_formset([]),
            **fields,
        }
    )


def add_news(client, data: dict, action: str = "action-publish"):
    return client.post(f"/admin/pages/add/news/newspage/{news_index().pk}/", {**data, action: "1"})


def edit_news(client, news: NewsPage, data: dict, action: str = "action-publish"):
    return client.post(f"/admin/pages/{news.pk}/edit/", {**data, action: "1"})


def refused(response) -> bool:
    """Wagtail refuses: a 403, or back to the admin's dashboard, or to the login page."""
    if response.status_code == 302:
        return response["Location"] == "/admin/" or "/login/" in response["Location"]
    return response.status_code == 403


@pytest.fixture
def network_news(client, demo):
    """News the CE3M manager wrote and published in the admin."""
    client.force_login(manager("ce3m"))
    assert add_news(client, form_data(cluster("ce3m"))).status_code == 302
    client.logout()
    return NewsPage.objects.get(slug="ce3m-prototyping-network")


def test_the_manager_publishes_news_that_appears_on_the_news_page(client, demo):
    client.force_login(manager("ce3m"))
    form = client.get(f"/admin/pages/add/news/newspage/{news_index().pk}/").content.decode()
    assert 'name="action-publish"' in form
    choices = form.split('name="cluster"')[1].split("</select>")[0]
    assert "CE3M" in choices and "QOOT" not in choices

    assert add_news(client, form_data(cluster("ce3m"))).status_code == 302

    news = NewsPage.objects.get(slug="ce3m-prototyping-network")
    assert news.live and news.cluster == cluster("ce3m") and news.owner == manager("ce3m")
    client.logout()
    assert "CE3M joins a European prototyping network" in client.get("/en/news/").content.decode()


def test_the_manager_edits_their_news(client, network_news):
    client.force_login(manager("ce3m"))
    assert client.get(f"/admin/pages/{network_news.pk}/edit/").status_code == 200
    data = form_data(cluster("ce3m"), title="CE3M joins two prototyping networks")
    assert edit_news(client, network_news, data).status_code == 302
    network_news.refresh_from_db()
    assert network_news.title == "CE3M joins two prototyping networks" and network_news.live


def test_another_clusters_manager_sees_none_of_it(client, network_news):
    qoot_manager = manager("qoot")
    permissions = network_news.permissions_for_user(qoot_manager)
    assert not (permissions.can_edit() or permissions.can_publish() or permissions.can_unpublish())
    client.force_login(qoot_manager)
    assert refused(client.get(f"/admin/pages/{network_news.pk}/edit/"))
    assert refused(edit_news(client, network_news, form_data(cluster("ce3m"), title="Hijacked")))
    assert refused(client.post(f"/admin/pages/{network_news.pk}/unpublish/"))
    assert refused(client.post(f"/admin/pages/{network_news.pk}/delete/"))
    network_news.refresh_from_db()
    assert network_news.title == "CE3M joins a European prototyping network" and network_news.live

    listing = client.get(f"/admin/pages/{news_index().pk}/").content.decode()
    assert "CE3M joins a European prototyping network" not in listing
    assert "QOOT takes Lebanese food producers to Gulfood" in listing


def test_a_manager_publishes_only_for_their_own_clusters(client, demo):
    client.force_login(manager("qoot"))
    response = add_news(client, form_data(cluster("ce3m")))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not NewsPage.objects.filter(slug="ce3m-prototyping-network").exists()

    qoot_news = NewsPage.objects.get(slug="qoot-food-export-mission", locale__language_code="en")
    response = edit_news(client, qoot_news, form_data(cluster("ce3m"), slug=qoot_news.slug))
    assert response.status_code == 200
    qoot_news.refresh_from_db()
    assert qoot_news.cluster == cluster("qoot")


def test_having_added_news_gives_no_right_on_it(network_news):
    someone = make_editor(cluster("qoot"))
    network_news.owner = someone
    network_news.save()
    assert not network_news.permissions_for_user(someone).can_edit()


def test_an_inactive_editor_or_an_index_editor_can_do_nothing(client, network_news):
    for person in (make_editor(cluster("ce3m"), active=False), make_index_editor()):
        assert not network_news.permissions_for_user(person).can_edit()
        assert not news_index().permissions_for_user(person).can_add_subpage()
        client.force_login(person)
        assert refused(client.get(f"/admin/pages/{network_news.pk}/edit/"))
        assert refused(add_news(client, form_data(cluster("ce3m"), slug="refused-news")))
    assert not NewsPage.objects.filter(slug="refused-news").exists()


def test_with_review_on_the_managers_news_goes_to_the_moderators(client, network_news):
    ce3m = cluster("ce3m")
    set_review_required(ce3m, True)
    client.force_login(manager("ce3m"))
    form = client.get(f"/admin/pages/add/news/newspage/{news_index().pk}/").content.decode()
    assert 'name="action-publish"' not in form and 'name="action-submit"' in form

    data = form_data(ce3m, slug="reviewed-news", title="Reviewed news")
    assert add_news(client, data, action="action-submit").status_code == 302
    submitted = NewsPage.objects.get(slug="reviewed-news")
    assert not submitted.live and submitted.workflow_in_progress
    assert WorkflowState.objects.get(object_id=str(submitted.pk)).requested_by == manager("ce3m")

    edit_news(client, network_news, form_data(ce3m, title="Changed without review"))
    network_news.refresh_from_db()
    assert network_news.title == "CE3M joins a European prototyping network"
    assert network_news.has_unpublished_changes
    client.logout()
    assert "Reviewed news" not in client.get("/en/news/").content.decode()


def test_review_off_for_one_cluster_does_not_let_its_manager_publish_another_clusters_news(demo):
    set_review_required(cluster("qoot"), True)
    qoot_news = NewsPage.objects.get(slug="qoot-food-export-mission", locale__language_code="en")
    assert not qoot_news.permissions_for_user(manager("qoot")).can_publish()
    assert not qoot_news.permissions_for_user(manager("ce3m")).can_edit()
    assert make_news(cluster=cluster("ce3m")).permissions_for_user(manager("ce3m")).can_publish()


def test_managers_edit_the_translations_of_their_news(client, demo):
    french = NewsPage.objects.get(slug="ce3m-at-ces-las-vegas", locale__language_code="fr")
    client.force_login(manager("ce3m"))
    data = form_data(french.cluster, title="Le CE3M au CES", slug=french.slug)
    assert edit_news(client, french, data).status_code == 302
    french.refresh_from_db()
    assert french.live and french.title == "Le CE3M au CES" and french.cluster == cluster("ce3m", "fr")
    assert not french.permissions_for_user(manager("qoot")).can_edit()


def test_every_clusters_editors_may_add_news_in_every_language(demo):
    for language in ("en", "fr", "ar"):
        index = NewsIndexPage.objects.get(locale=Locale.objects.get(language_code=language))
        for slug in ("ce3m", "qoot", "2ts"):
            assert index.permissions_for_user(manager(slug)).can_add_subpage()
