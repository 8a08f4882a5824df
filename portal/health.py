"""/healthz: the status of each backing service, for load balancers and operators."""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from kombu import Connection
from wagtail.search.backends import get_search_backend


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return connection.vendor


def check_cache() -> str:
    cache.set("healthz", "ok", 5)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return the value it was given")
    return settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]


def check_broker() -> str:
    if not settings.CELERY_BROKER_URL:
        return "not configured (tasks run eagerly)"
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        return conn.transport_cls


def check_search() -> str:
    backend = get_search_backend()
    client = getattr(backend, "client", None) or getattr(backend, "es", None)
    if client is None:
        return "database"
    info = client.info()
    return f"{info['version'].get('distribution', 'elasticsearch')} {info['version']['number']}"


CHECKS: dict[str, Callable[[], str]] = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
    "search": check_search,
}


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    services: dict[str, dict[str, str]] = {}
    for name, check in CHECKS.items():
        try:
            services[name] = {"status": "ok", "detail": check()}
        except Exception as error:  # noqa: BLE001 - any failure is reported, not raised
            services[name] = {"status": "error", "detail": f"{type(error).__name__}: {error}"[:300]}
    failing = [name for name, result in services.items() if result["status"] != "ok"]
    body = {"status": "ok" if not failing else "error", "failing": failing, "services": services}
    return JsonResponse(body, status=503 if failing else 200)
