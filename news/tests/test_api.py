"""News in the read-only pages API, with the fields a reuser needs."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_pages_api_lists_the_news_with_their_fields(client, demo):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "news.NewsPage",
            "locale": "en",
            "order": "-date",
            "fields": "date,summary,body,cluster,sectors,related_event,related_proposal",
        },
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items[:2]] == [
        "CE3M members meet European buyers at Productronica",
        "2TS opens a testing lab for technical textiles",
    ]
    first = items[0]
    assert first["date"] == "2026-11-20"
    assert first["summary"].startswith("In Munich")
    assert "<p>A CE3M delegation visited Productronica" in first["body"]
    assert first["cluster"] | {"id": None} == {
        "id": None,
        "slug": "ce3m",
        "title": first["cluster"]["title"],
        "acronym": "CE3M",
        "country": "MA",
    }
    assert [sector["slug"] for sector in first["sectors"]] == ["electronics"]
    assert first["related_proposal"]["meta"]["type"] == "proposals.ProposalPage"
    assert first["related_event"] is None
    assert first["meta"]["html_url"].endswith("/en/news/ce3m-at-productronica/")


def test_the_api_finds_a_news_item_by_its_address(client, demo):
    response = client.get("/api/v2/pages/find/", {"html_path": "/news/qoot-food-export-mission/"})
    assert response.status_code == 302
    item = client.get(response["Location"]).json()
    assert item["meta"]["type"] == "news.NewsPage" and item["cluster"]["slug"] == "qoot"
