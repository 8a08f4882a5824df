"""The home page and the layout, in each language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from agenda.models import EventPage

CLUSTER_NAMES = {
    "en": ["CE3M", "Menara", "MDFC", "Valbiom", "Textile Technique du Sahel", "QOOT"],
    "fr": ["CE3M", "Menara", "MDFC", "Valbiom", "Textile Technique du Sahel", "QOOT"],
    "ar": ["CE3M", "منارة", "MDFC", "فالبيوم", "النسيج التقني بالساحل", "قوت"],
}


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_home_page_names_the_six_clusters(client, demo, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert len(page.find_all("h1")) == 1
    cards = [a.get_text(strip=True) for a in page.select("#clusters-heading ~ ul .card__title a")]
    assert sorted(cards) == sorted(CLUSTER_NAMES[language])


def test_root_redirects_by_browser_language(client, demo):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").headers["Location"] == "/fr/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").headers["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE").headers["Location"] == "/en/"


def test_language_switcher_keeps_the_visitor_on_the_same_page(client, demo):
    page = soup(client.get("/en/clusters/ce3m/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {"en": "/en/clusters/ce3m/", "fr": "/fr/clusters/ce3m/", "ar": "/ar/clusters/ce3m/"}
    french = soup(client.get(links["fr"]))
    assert "Des produits innovants fabriqués au Maroc" in french.get_text()


def test_language_switcher_on_a_non_page_view_translates_the_url(client, demo):
    page = soup(client.get("/fr/accounts/login/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links["ar"] == "/ar/accounts/login/"


@pytest.mark.parametrize(
    "path",
    [
        "/fr/events/mine/",  # My events, under the events index
        "/fr/events/techdays-casablanca/register/",  # a route of the event page
        "/fr/events/{event_id}/b2b/",  # a view outside Wagtail, naming the event by id
    ],
)
def test_language_switcher_on_a_screen_below_a_page_leads_to_the_same_screen(client, demo, path):
    client.force_login(get_user_model().objects.get(email="partner2@example.org"))
    path = path.format(event_id=EventPage.objects.get(slug="techdays-casablanca", locale__language_code="en").pk)

    page = soup(client.get(path))

    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {language: path.replace("/fr/", f"/{language}/", 1) for language in ("en", "fr", "ar")}
    for language, url in links.items():
        answer = client.get(url)
        assert answer.status_code == 200 and f'<html lang="{language}"' in answer.text


def test_language_switcher_on_an_event_page_leads_to_its_translations(client, demo):
    page = soup(client.get("/ar/events/techdays-casablanca/"))

    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {language: f"/{language}/events/techdays-casablanca/" for language in ("en", "fr", "ar")}


def test_cluster_page_shows_ce3m_figures_from_the_interview(client, demo):
    text = soup(client.get("/en/clusters/ce3m/")).get_text(" ", strip=True)
    for fact in ("110+ members", "40+ collaborative projects", "60+ startups supported", "founded in 2010"):
        assert fact in text


def test_unknown_page_is_a_translated_404(client, demo):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode() or "Page not found" in response.content.decode()


def test_search_page_finds_a_cluster(client, demo):
    page = soup(client.get("/en/search/", {"q": "prototyping"}))
    assert "CE3M" in [a.get_text(strip=True) for a in page.select(".search-results h2 a")]
    nothing = soup(client.get("/en/search/", {"q": "zeppelin"}))
    assert nothing.select(".search-results") == [] and "Nothing matches" in nothing.get_text()


@pytest.mark.parametrize("query", ["", '"unbalanced', "<script>alert(1)</script>", "x" * 5000, "-", "AND OR"])
def test_search_never_fails_on_odd_input(client, demo, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_home_page_shows_the_latest_best_practices_in_the_visitors_language(client, demo):
    from practices.models import BestPracticePage

    for language in ("en", "fr"):
        page = soup(client.get(f"/{language}/"))
        titles = [a.get_text(strip=True) for a in page.select("#practices-heading ~ ul .card__title a")]
        latest = BestPracticePage.objects.live().filter(locale__language_code=language)
        assert titles == [p.title for p in latest.order_by("-first_published_at")[:3]]


def test_home_page_leaves_out_practices_behind_a_view_restriction(client, demo):
    from wagtail.models import PageViewRestriction

    from practices.models import BestPracticePage

    newest = BestPracticePage.objects.live().filter(locale__language_code="en").order_by("-first_published_at")[0]
    PageViewRestriction.objects.create(page=newest, restriction_type=PageViewRestriction.LOGIN)
    page = soup(client.get("/en/"))
    assert newest.title not in [a.get_text(strip=True) for a in page.select("#practices-heading ~ ul .card__title a")]


@pytest.mark.parametrize(
    ("language", "heading", "explanation"),
    [
        ("en", "Access denied", "Sorry, your account does not give access to this page."),
        ("fr", "Accès refusé", "Désolé, votre compte ne donne pas accès à cette page."),
        ("ar", "تم رفض الوصول", "عذرًا، حسابك لا يتيح الوصول إلى هذه الصفحة."),
    ],
)
def test_a_refusal_is_a_page_of_the_site_in_the_visitors_language(client, demo, language, heading, explanation):
    """A partner is not a cluster manager: the interests that managers answer are refused to them."""
    client.force_login(get_user_model().objects.get(email="partner1@example.org"))

    response = client.get(f"/{language}/proposals/interests/")

    assert response.status_code == 403
    page = soup(response)
    assert page.html["lang"] == language
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == [heading]
    assert explanation in page.get_text(" ", strip=True)
    assert page.select_one("header.site-header nav.account-nav")  # the site's own layout, logged in
    assert page.select_one('.language-switcher a[hreflang="en"][href="/en/proposals/interests/"]')
