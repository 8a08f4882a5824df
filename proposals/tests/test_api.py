"""Proposals and funding calls in the read-only API and in the search index."""

from wagtail.search import index

from proposals.models import FundingCallPage, ProposalPage


def test_proposals_in_the_pages_api(client, demo):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "proposals.ProposalPage",
            "locale": "en",
            "slug": "local-medical-devices-industry",
            "fields": "status,challenges,sectors,cluster_summary,country_code,funding_call_summary,"
            "partner_search_expires_on,partners_sought,consortium_summary,indicative_budget,duration_months",
        },
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["status"] == "looking_for_partners"
    assert {challenge["slug"] for challenge in item["challenges"]} == {"health", "industrial-sovereignty"}
    assert item["challenges"][0].keys() >= {"name_en", "name_fr", "name_ar"}
    assert item["cluster_summary"]["acronym"] == "CE3M"
    assert item["country_code"] == "MA"
    assert item["funding_call_summary"]["topic_identifier"] == "HORIZON-HLTH-2027-IND-13-02"
    assert item["partner_search_expires_on"]
    assert item["partners_sought"][0]["role"] == "Medical technology cluster"
    assert item["partners_sought"][0]["country_codes"] == ["FR", "IT", "ES", "DE", "BE"]
    assert (item["indicative_budget"], item["duration_months"]) == ("6000000", 48)


def test_the_consortium_in_the_api(client, demo):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "proposals.ProposalPage",
            "locale": "en",
            "slug": "olive-pomace-biorefinery",
            "fields": "consortium_summary",
        },
    )
    [item] = response.json()["items"]
    assert item["consortium_summary"] == [
        {"organisation": "Sfax Olive Tech", "country": "TN", "role": "Pilot site with three olive oil mills"}
    ]


def test_funding_calls_in_the_pages_api(client, demo):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "proposals.FundingCallPage",
            "locale": "en",
            "slug": "renewable-desalination-2025",
            "fields": "programme,topic_identifier,deadline,deadline_timezone,status,budget,outcome,"
            "open_to_associated_countries,open_to_neighbourhood_countries,min_consortium_countries,official_url",
        },
    )
    [item] = response.json()["items"]
    assert (item["programme"], item["status"], item["deadline_timezone"]) == (
        "horizon-europe",
        "closed",
        "Europe/Brussels",
    )
    assert item["outcome"].startswith("38 proposals evaluated")
    assert item["min_consortium_countries"] == 3 and item["open_to_neighbourhood_countries"] is True


def filter_fields(model) -> set[str]:
    return {field.field_name for field in model.search_fields if isinstance(field, index.FilterField)}


def test_search_filters_on_status_challenge_sector_country_and_cluster():
    assert {"status", "challenge_slugs", "sector_slugs", "country_code", "cluster_slug"} <= filter_fields(ProposalPage)
    assert {"programme", "status", "deadline"} <= filter_fields(FundingCallPage)


def test_the_portal_search_finds_proposals(client, demo):
    response = client.get("/en/search/", {"q": "medical devices"})
    assert "A local industry of medical devices" in response.content.decode()
