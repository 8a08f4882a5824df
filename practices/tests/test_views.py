"""The best-practice listing with its filters, a practice's page, the admin form and the API."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import querydict_from_html

from practices.models import BestPracticePage, PracticeResource
from tests.factories import cluster

from .factories import MINIMAL_PDF, document, publish_practice

INDEX_URL = "/{language}/best-practices/"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_slugs(client, query: str = "", language: str = "en") -> list[str]:
    """The slugs of the practices listed on every page of the index for this query."""
    slugs: list[str] = []
    url = INDEX_URL.format(language=language) + (f"?{query}" if query else "")
    while url:
        page = soup(client.get(url))
        slugs += [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in page.select(".card__title a")]
        next_link = page.select_one(".pagination a[rel=next]")
        url = INDEX_URL.format(language=language) + next_link["href"] if next_link else ""
    return slugs


def expected_slugs(**filters) -> set[str]:
    practices = BestPracticePage.objects.live().filter(locale__language_code="en", **filters)
    return set(practices.values_list("slug", flat=True))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_index_lists_every_practice_twelve_a_page(client, demo, language):
    page = soup(client.get(INDEX_URL.format(language=language)))
    assert len(page.find_all("h1")) == 1
    assert len(page.select(".card")) == 12
    assert page.select_one(".pagination a[rel=next]")["href"] == "?&page=2"
    slugs = listed_slugs(client, language=language)
    assert len(slugs) == len(set(slugs)) == BestPracticePage.objects.filter(locale__language_code=language).count()
    assert len(slugs) >= 12


def test_the_index_is_in_the_visitor_language(client, demo):
    french = soup(client.get(INDEX_URL.format(language="fr")))
    assert french.h1.get_text() == "Bonnes pratiques"
    french_titles = set(BestPracticePage.objects.filter(locale__language_code="fr").values_list("title", flat=True))
    assert {link.get_text() for link in french.select(".card__title a")} <= french_titles
    assert "Des ateliers de préparation à l’export pour les producteurs alimentaires" in french_titles
    arabic = soup(client.get(INDEX_URL.format(language="ar")))
    assert arabic.html["dir"] == "rtl"
    assert arabic.h1.get_text() == "أفضل الممارسات"


def test_the_index_is_in_the_main_navigation(client, demo):
    links = {a.get_text(): a["href"] for a in soup(client.get("/fr/")).select(".site-nav a")}
    assert links["Bonnes pratiques"] == "/fr/best-practices/"


def children_of(*cluster_slugs: str) -> set[str]:
    return {page.slug for slug in cluster_slugs for page in cluster(slug).get_children().live().type(BestPracticePage)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=pooled-purchasing", lambda: expected_slugs(themes__slug="pooled-purchasing")),
        ("sector=agri-food", lambda: expected_slugs(sectors__slug="agri-food")),
        ("cluster=ce3m", lambda: children_of("ce3m")),
        ("country=TN", lambda: children_of("2ts")),
        ("country=MA", lambda: children_of("ce3m", "menara", "mdfc", "valbiom")),
    ],
)
def test_each_filter_narrows_the_list(client, demo, query, expected):
    slugs = listed_slugs(client, query)
    assert set(slugs) == expected()
    assert 0 < len(slugs) < BestPracticePage.objects.filter(locale__language_code="en").count()


def test_filters_combine(client, demo):
    assert set(listed_slugs(client, "country=MA&theme=shared-prototyping")) == {
        "prototyping-platform",
        "shared-pilot-scale-trials",
    }
    assert listed_slugs(client, "cluster=ce3m&sector=energy&theme=import-substitution") == [
        "pilots-with-national-contractors",
        "import-substitution-maroc-pme",
    ]


def test_the_form_shows_the_chosen_filters_and_a_way_to_clear_them(client, demo):
    page = soup(client.get(INDEX_URL.format(language="en") + "?theme=startup-support&country=MA"))
    assert page.select_one("#filter-theme option[selected]")["value"] == "startup-support"
    assert page.select_one("#filter-country option[selected]")["value"] == "MA"
    assert page.find("a", string="Clear filters")["href"] == "/en/best-practices/"
    assert page.select_one("form.filters button[type=submit]")
    unfiltered = soup(client.get(INDEX_URL.format(language="en")))
    assert unfiltered.find("a", string="Clear filters") is None


def test_a_filter_without_results_says_so(client, demo):
    page = soup(client.get(INDEX_URL.format(language="en") + "?cluster=qoot&theme=shared-prototyping"))
    assert page.select(".card") == []
    assert "No practice matches these filters." in page.select_one(".empty").get_text()


@pytest.mark.parametrize(
    "query",
    [
        "theme=no-such-theme",
        "cluster=nowhere&country=ZZ",
        "country=FR",
        "page=abc",
        "page=0",
        "page=-3",
        "theme[]=x&page=",
    ],
)
def test_unknown_filter_values_and_page_numbers_are_ignored(client, demo, query):
    page = soup(client.get(INDEX_URL.format(language="en") + "?" + query))
    assert len(page.select(".card")) == 12
    assert page.select_one(".pagination span").get_text() == "Page 1 of 2"


def test_a_page_number_past_the_end_shows_the_last_page(client, demo):
    total = BestPracticePage.objects.filter(locale__language_code="en").count()
    page = soup(client.get(INDEX_URL.format(language="en") + "?page=99"))
    assert len(page.select(".card")) == total - 12
    assert page.select_one(".pagination span").get_text() == "Page 2 of 2"


def test_pagination_keeps_the_filters(client, demo):
    ce3m = cluster("ce3m")
    for number in range(12):
        publish_practice(ce3m, f"extra-{number}", themes=("startup-support",))
    cache.clear()
    first = soup(client.get(INDEX_URL.format(language="en") + "?theme=startup-support&cluster=ce3m"))
    assert first.select_one(".pagination a[rel=next]")["href"] == "?theme=startup-support&cluster=ce3m&page=2"
    second = soup(client.get(INDEX_URL.format(language="en") + "?theme=startup-support&cluster=ce3m&page=2"))
    assert len(first.select(".card")) + len(second.select(".card")) == 13


def index_queries(client) -> tuple[int, int]:
    """The SQL queries behind an uncached index page, and how many cards it shows."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        page = soup(client.get(INDEX_URL.format(language="en") + "?page=2"))
    return len(queries), len(page.select(".card"))


def test_more_practices_do_not_add_queries_to_the_index(client, demo):
    before, cards_before = index_queries(client)
    qoot = cluster("qoot")
    for number in range(10):
        publish_practice(qoot, f"more-{number}", themes=("pooled-purchasing",), sectors=("agri-food", "water"))
    after, cards_after = index_queries(client)
    assert cards_after > cards_before
    assert after <= before


def test_a_practice_page_shows_its_sections_cluster_and_related_practices(client, demo):
    page = soup(client.get("/en/clusters/ce3m/tech-centre-for-startups/"))
    assert len(page.find_all("h1")) == 1
    assert page.h1.get_text() == "A tech centre to incubate and host startups"
    headings = [h2.get_text() for h2 in page.select("article h2")]
    assert headings == ["Context and problem", "Approach", "Results", "How to replicate it", "Contact"]
    assert page.select_one(".practice__cluster a")["href"] == "/en/clusters/ce3m/"
    assert "60+ startups supported (2023)" in page.select_one(".figures").get_text(" ", strip=True)
    assert [tag.get_text() for tag in page.select(".tags a")][:1] == ["Startup support"]
    related = [link.get_text() for link in page.select(".related-practices .card__title a")]
    assert "From recipe to shelf: support for agri-food startups" in related
    assert page.select_one(".related-practices h2").get_text() == "Related practices"


def test_the_french_practice_page_is_in_french(client, demo):
    page = soup(client.get("/fr/clusters/ce3m/import-substitution-maroc-pme/"))
    assert page.h1.get_text() == "Substitution aux importations avec le label Maroc PME"
    text = page.get_text(" ", strip=True)
    assert "obtenu le label Maroc PME" in text
    assert len(page.select("article h2")) == 5
    assert page.select_one(".practice__cluster a")["href"] == "/fr/clusters/ce3m/"
    assert {a.get_text() for a in page.select(".tags a")} >= {"Substitution aux importations", "Énergie"}


def test_resources_link_to_their_pdf_with_its_size(client, demo):
    practice = BestPracticePage.objects.get(slug="pooled-component-purchasing", locale__language_code="en")
    sheet = document("purchasing-sheet.pdf", MINIMAL_PDF, title="Purchasing sheet")
    practice.resources = [PracticeResource(title="How we group orders", document=sheet)]
    practice.save_revision().publish()
    page = soup(client.get("/en/clusters/ce3m/pooled-component-purchasing/"))
    link = page.select_one(".practice-resources a")
    assert link.get_text() == "How we group orders"
    assert link["href"] == sheet.url
    assert f"PDF, {len(MINIMAL_PDF)}" in page.select_one(".practice-resources").get_text()


def admin_edit(client, practice: BestPracticePage, change):
    """Post the admin edit form of a practice, as an administrator, after `change` alters its data."""
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    url = f"/admin/pages/{practice.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    change(data)
    return client.post(url, data)


def test_the_admin_rejects_a_resource_that_is_not_a_pdf(client, demo):
    practice = BestPracticePage.objects.get(slug="pooled-component-purchasing", locale__language_code="en")
    spreadsheet = document("prices.xlsx", b"PK\x03\x04 a spreadsheet")

    def add_resource(data):
        data.update({"resources-TOTAL_FORMS": "1", "resources-0-title": "Prices", "resources-0-ORDER": "1"})
        data.update({"resources-0-document": str(spreadsheet.pk), "resources-0-id": "", "resources-0-DELETE": ""})

    response = admin_edit(client, practice, add_resource)
    assert response.status_code == 200
    assert "“prices.xlsx” is not a PDF" in response.content.decode()
    assert not PracticeResource.objects.filter(document=spreadsheet).exists()


def test_the_admin_rejects_a_figure_from_the_future(client, demo):
    practice = BestPracticePage.objects.get(slug="tech-centre-for-startups", locale__language_code="en")

    def postdate(data):
        data["results_figures-0-year"] = "2999"

    response = admin_edit(client, practice, postdate)
    assert response.status_code == 200
    assert "The year of a result cannot be in the future." in response.content.decode()
    practice.refresh_from_db()
    assert practice.results_figures.get().year == 2023


def test_site_search_finds_practices(client, demo):
    page = soup(client.get("/en/search/?q=prototyping+platform"))
    titles = [link.get_text() for link in page.select(".search-results a")]
    assert "A prototyping platform that helps finance the cluster" in titles


def test_the_api_gives_themes_sectors_cluster_and_figures(client, demo):
    response = client.get(
        "/api/v2/pages/", {"type": "practices.BestPracticePage", "fields": "*", "slug": "tech-centre-for-startups"}
    )
    assert response.status_code == 200
    items = {item["meta"]["locale"]: item for item in response.json()["items"]}
    practice = items["en"]
    assert practice["summary"].startswith("CE3M opened a tech centre")
    assert practice["themes"] == [
        {
            "slug": "startup-support",
            "name_en": "Startup support",
            "name_fr": "Accompagnement des startups",
            "name_ar": "دعم الشركات الناشئة",
        }
    ]
    assert [sector["slug"] for sector in practice["sectors"]] == ["electronics", "medical"]
    assert practice["cluster"]["slug"] == "ce3m"
    assert practice["country"] == "MA"
    assert [(f["value"], f["label"], f["year"]) for f in practice["results_figures"]] == [
        ("60+", "startups supported", 2023)
    ]
    assert items["fr"]["results_figures"][0]["label"] == "startups accompagnées"
    assert items["ar"]["results_figures"][0]["label"] == "شركة ناشئة تمت مرافقتها"


def test_a_cluster_manager_gets_the_practice_form_under_their_cluster(client, demo):
    client.force_login(get_user_model().objects.get(email="manager@ce3m.example.org"))
    ce3m, qoot = cluster("ce3m"), cluster("qoot")
    page = soup(client.get(f"/admin/pages/add/practices/bestpracticepage/{ce3m.pk}/"))
    themes = {box["value"] for box in page.select("input[name=themes][type=checkbox]")}
    assert len(themes) == 8
    assert page.select("input[name=sectors][type=checkbox]")
    assert client.get(f"/admin/pages/add/practices/bestpracticepage/{qoot.pk}/").status_code in (302, 403)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_practice_shows_no_personal_address_but_links_to_the_clusters_contact_form(client, demo, language):
    practice = BestPracticePage.objects.get(slug="prototyping-platform", locale__language_code=language)
    assert practice.contact_email == "manager@ce3m.example.org"
    page = soup(client.get(practice.url))
    assert "@" not in page.main.get_text(" ", strip=True)
    assert not page.select("a[href^='mailto:']")
    contact = page.select_one("section[aria-labelledby=contact-heading] a")
    assert contact["href"] == f"/{language}/clusters/ce3m/contact/"
    assert contact.get_text(strip=True) == {"en": "Contact the cluster", "fr": "Contacter le cluster"}[language]
    assert client.get(contact["href"]).status_code == 200
