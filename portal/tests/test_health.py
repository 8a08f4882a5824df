"""/healthz reports each configured service, and names the one that fails."""

import os

from conftest import require_service


def test_healthy_services_answer_200(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["services"]) == {"database", "cache", "broker", "search"}


def test_a_dead_broker_gives_503_naming_it(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["broker"]


def test_an_unreachable_search_server_gives_503_naming_it(client, db, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["http://127.0.0.1:1"],
            "TIMEOUT": 1,
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["search"]


def test_reports_the_real_services_when_configured(client, db):
    require_service("postgres")
    require_service("redis")
    require_service("broker")
    require_service("search")
    services = client.get("/healthz").json()["services"]
    assert services["database"] == {"status": "ok", "detail": "postgresql"}
    assert services["cache"]["detail"] == "RedisCache"
    assert services["broker"]["detail"] == "redis"
    assert services["search"]["detail"].startswith(("opensearch", "elasticsearch"))
    assert os.environ["SEARCH_URL"]
