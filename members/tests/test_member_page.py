"""A member organisation's public page, linked from the member cards, and writing to its cluster about it."""

from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from wagtail.models import Page

from tests.factories import cluster, make_cluster, make_person

from .factories import add_member


def page(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_shows_what_the_organisation_does_and_seeks(client, ce3m):
    member = add_member(
        ce3m,
        "Atlas Boards",
        sectors=("electronics",),
        capabilities=("PCB assembly",),
        description="Assembles printed circuit boards.",
        certifications="ISO 9001",
        seeks_partners=True,
    )
    shown = page(client.get(f"/fr/members/{member.pk}/"))
    assert shown.h1.get_text(strip=True) == "Atlas Boards"
    text = shown.main.get_text(" ", strip=True)
    for expected in ("Assembles printed circuit boards.", "PCB assembly", "ISO 9001", "Recherche des partenaires"):
        assert expected in text
    assert shown.select_one(f"a[href='/fr/members/{member.pk}/contact/']")
    assert "@" not in text


def test_the_page_shows_the_description_in_the_readers_language(client, ce3m):
    member = add_member(ce3m, "Atlas Boards", description="Assembles printed circuit boards.")
    member.description_fr = "Assemble des cartes électroniques."
    member.description_ar = "تجميع اللوحات الإلكترونية."
    member.save()
    for language, expected in (
        ("en", "Assembles printed circuit boards."),
        ("fr", "Assemble des cartes électroniques."),
        ("ar", "تجميع اللوحات الإلكترونية."),
    ):
        lead = page(client.get(f"/{language}/members/{member.pk}/")).select_one("header .lead")
        assert lead.get_text(strip=True) == expected


def test_member_cards_link_to_the_page(client, ce3m):
    member = add_member(ce3m, "Aaa First Member")
    cache.clear()
    cards = page(client.get("/en/clusters/ce3m/")).select(".member-card .card__title a")
    assert f"/en/members/{member.pk}/" in [card["href"] for card in cards]


def test_unknown_members_and_those_of_unpublished_clusters_are_not_found(client, demo):
    hidden = make_cluster("hidden", title="Hidden cluster")
    member = add_member(hidden, "Hidden member")
    Page.objects.get(pk=hidden.pk).unpublish()
    assert client.get(f"/en/members/{member.pk}/").status_code == 404
    assert client.get(f"/en/members/{member.pk}/contact/").status_code == 404
    assert client.get("/en/members/999999/").status_code == 404


def test_the_contact_button_writes_to_the_clusters_managers_about_the_member(
    client, ce3m, django_capture_on_commit_callbacks
):
    member = add_member(ce3m, "Atlas Boards")
    cache.clear()
    client.force_login(make_person())
    url = f"/en/members/{member.pk}/contact/"
    assert "Atlas Boards" in page(client.get(url)).main.get_text()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"subject": "Boards", "message": "Could Atlas Boards make 500 boards for us?"})
    assert response["Location"] == f"/en/members/{member.pk}/"
    [message] = [message for message in mail.outbox if message.to == ["manager@ce3m.example.org"]]
    assert "The message is about your member Atlas Boards." in message.body
    assert cluster("ce3m").title in message.body
