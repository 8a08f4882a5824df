"""Search benchmark: latency of /api/search/ and indexing time on synthetic EN/FR/AR documents; or, by
number of hits, with BENCH_SEARCH_KIND=portal, member organisations and best-practice pages in three
languages (half each; `main_portal`), or with BENCH_SEARCH_KIND=members, member organisations only.

Run by bench/search.sh, which points DATABASE_URL at a database of its own (`bench_search`, dropped
and created again on each run), SEARCH_INDEX at an index prefix of its own (`benchsearch`) and the
cache at a Redis database of its own. For each corpus size (BENCH_SEARCH_SIZES, "1000 10000 100000"
by default) it adds generated PDF documents' texts (`DocumentText`, a third in each language) to
the demo content, indexes the new ones on both backends, timing it, then serves the portal with
gunicorn twice (once on the search server, once on Wagtail's database backend on PostgreSQL) and
times BENCH_SEARCH_ROUNDS passes (5) over a fixed mix of queries, one request at a time.
"""

import json
import math
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from practice_pages import TEN_OF_EACH_KIND, add_practices, index_practices, practice_urls
from search_corpus import MARK_QUERIES, Corpus, marks

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_SEARCH_PORT", "8803"))
SIZES = [int(size) for size in os.environ.get("BENCH_SEARCH_SIZES", "1000 10000 100000").split()]
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "5"))
# Past this size the portal kind neither indexes on nor measures PostgreSQL (whose target is at 10,000
# items): Wagtail's database backend indexes some 10 ms a page.
POSTGRES_UP_TO = int(os.environ.get("BENCH_SEARCH_POSTGRES_UP_TO", "10000"))
CHUNK = 1000

# The fixed mix: common and rarer words in each language, two-word queries, and nothing found.
QUERIES = [
    ("energy", "en"),
    ("water treatment", "en"),
    ("olive harvest", "en"),
    ("desalination membrane", "en"),
    ("prototyping", "en"),
    ("énergie", "fr"),
    ("recyclage textile", "fr"),
    ("dessalement", "fr"),
    ("طاقة", "ar"),
    ("تحلية مياه", "ar"),
    ("kalomiter", "en"),
    ("zzqxwv", "en"),
]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


def add_documents(start: int, stop: int) -> list[int]:
    """Create generated documents `start`..`stop - 1` with their text; returns the new texts' ids."""
    from django.db import transaction
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    from search.models import DocumentText

    Document = get_document_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Benchmark").first() or root.add_child(name="Benchmark")
    corpus = Corpus()
    ids: list[int] = []
    for chunk_start in range(start, stop, CHUNK):
        numbers = range(chunk_start, min(stop, chunk_start + CHUNK))
        generated = [corpus.text(number) for number in numbers]
        with transaction.atomic():
            documents = Document.objects.bulk_create(
                Document(title=title, file=f"documents/bench-{number}.pdf", collection=collection)
                for number, (title, _text, _language) in zip(numbers, generated, strict=True)
            )
            DocumentText.objects.bulk_create(
                DocumentText(document=document, title=title, text=text, page_count=1, file_hash=str(number))
                for number, document, (title, text, _language) in zip(numbers, documents, generated, strict=True)
            )
        ids += [document.pk for document in documents]
    return ids


# Member organisations, by number of hits (see search_corpus.marks).
MEMBER_QUERIES = [(query, "en", label) for query, label in MARK_QUERIES]


def add_members(start: int, stop: int, ten: int = 10) -> list[int]:
    """Create generated member organisations `start`..`stop - 1` (bulk inserts, sectors in bulk too),
    spread over the demo's clusters, countries and sectors, the first `ten` marked "tenmark"; returns
    their ids."""
    from django.db import transaction

    from clusters.models import ClusterPage
    from clusters.taxonomy import Sector
    from members.models import MemberOrganisation, MemberType

    clusters = list(ClusterPage.objects.filter(locale__language_code="en").values_list("pk", "country"))
    sectors = list(Sector.objects.values_list("pk", flat=True))
    corpus = Corpus()
    Sectors = MemberOrganisation.sectors.through
    ids: list[int] = []
    for chunk_start in range(start, stop, CHUNK):
        numbers = range(chunk_start, min(stop, chunk_start + CHUNK))
        with transaction.atomic():
            members = MemberOrganisation.objects.bulk_create(
                MemberOrganisation(
                    cluster_id=clusters[number % len(clusters)][0],
                    name=f"Bench member {number}",
                    slug=f"bench-member-{number}",
                    type=MemberType.values[number % len(MemberType.values)],
                    country=("MA", "TN", "DZ", "FR", "ES", "IT", "EG")[number % 7],
                    description=" ".join([*marks(number, ten), corpus.text(number)[1][:400]]),
                )
                for number in numbers
            )
            Sectors.objects.bulk_create(
                Sectors(memberorganisation_id=member.pk, sector_id=sectors[member.pk % len(sectors)])
                for member in members
            )
        ids += [member.pk for member in members]
    return ids


def search_backends(with_database: bool = True) -> list:
    """The search server's backend and Wagtail's database backend (bulk requests take longer than a
    search's 3 s timeout)."""
    from wagtail.search.backends import get_search_backend

    server = get_search_backend("default", TIMEOUT=120)
    return [server, get_search_backend("database")] if with_database else [server]


def index_members(ids: list[int], backends: list | None = None) -> None:
    from members.models import MemberOrganisation

    for backend in backends or search_backends():
        for chunk_start in range(0, len(ids), CHUNK):
            chunk = MemberOrganisation.objects.filter(pk__in=ids[chunk_start : chunk_start + CHUNK])
            backend.add_bulk(MemberOrganisation, list(chunk.prefetch_related("sectors", "capabilities")))
        backend.refresh_indexes()


def index_documents(ids: list[int]) -> dict[str, float]:
    """Index the texts `ids` on each backend; seconds per 1,000 documents for each."""
    from wagtail.search.backends import get_search_backend

    from search.models import DocumentText

    per_thousand = {}
    for label, name, options in (("server", "default", {"TIMEOUT": 120}), ("postgres", "database", {})):
        backend = get_search_backend(name, **options)  # bulk requests take longer than a search's 3 s
        began = time.perf_counter()
        for chunk_start in range(0, len(ids), CHUNK):
            chunk = list(DocumentText.objects.filter(pk__in=ids[chunk_start : chunk_start + CHUNK]))
            backend.add_bulk(DocumentText, chunk)
        backend.refresh_indexes()
        per_thousand[label] = (time.perf_counter() - began) / (len(ids) / 1000)
    return per_thousand


@dataclass
class Latency:
    p50: float
    p95: float
    samples: int


def serve(on_server: bool, application: str = "portal.wsgi:application") -> subprocess.Popen:
    env = dict(os.environ)
    if not on_server:
        env.pop("SEARCH_URL", None)  # Wagtail's database backend, on PostgreSQL
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "--workers",
        "1",
        "--bind",
        f"127.0.0.1:{PORT}",
        "--log-level",
        "warning",
        "--chdir",
        str(ROOT),
        application,
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


def get(query: str, language: str) -> tuple[float, dict]:
    url = f"http://127.0.0.1:{PORT}/api/search/?" + urllib.parse.urlencode({"q": query, "lang": language})
    began = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
    return (time.perf_counter() - began) * 1000, json.loads(body)


def wait_for_portal() -> None:
    for _ in range(150):
        try:
            get("warm", "en")
            return
        except OSError:
            time.sleep(0.2)


def prepare_demo() -> None:
    setup_django()
    from django.core.management import call_command

    print("== preparing the database and indexes (demo content)", flush=True)
    with open(os.devnull, "w") as quiet:
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=quiet)
        call_command("update_index", stdout=quiet, stderr=quiet)


def measure_queries(on_server: bool) -> dict[str, tuple[Latency, int]]:
    """Each member query's latency (with facets, over BENCH_SEARCH_ROUNDS × 4 requests) and hits."""
    process = serve(on_server)
    try:
        wait_for_portal()
        found = {}
        for query, language, label in MEMBER_QUERIES:
            _elapsed, body = get(query, language)
            samples = [get(query, language)[0] for _ in range(ROUNDS * 4)]
            p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
            found[label] = (Latency(statistics.median(samples), p95, len(samples)), body["total"])
    finally:
        process.terminate()
        process.wait(timeout=30)
    return found


def main_members() -> None:
    """BENCH_SEARCH_KIND=members: member organisations instead of documents, by hit count."""
    prepare_demo()
    current = 0
    print("| members | backend | query matches | hits | p50 (ms) | p95 (ms) |")
    print("|---:|---|---|---:|---:|---:|")
    for size in SIZES:
        began = time.perf_counter()
        ids = add_members(current, size)
        index_members(ids)
        current = size
        print(f"<!-- {size} members generated and indexed in {time.perf_counter() - began:.0f} s -->", flush=True)
        for label, on_server in (("search server", True), ("PostgreSQL", False)):
            for matches, (latency, hits) in measure_queries(on_server).items():
                row = f"| {size:,} | {label} | {matches} | {hits:,} | {latency.p50:.1f} | {latency.p95:.1f} |"
                print(row, flush=True)


def measure(on_server: bool) -> tuple[Latency, dict[str, int]]:
    process = serve(on_server)
    try:
        wait_for_portal()
        totals = {}
        for query, language in QUERIES:  # warm-up pass; also checks the backend answers
            _elapsed, body = get(query, language)
            if on_server and body["reduced_mode"]:
                raise SystemExit("the search server did not answer: the portal fell back to the database")
            totals[query] = body["total"]
        samples = [get(query, language)[0] for _ in range(ROUNDS) for query, language in QUERIES]
    finally:
        process.terminate()
        process.wait(timeout=30)
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
    return Latency(statistics.median(samples), p95, len(samples)), totals


def main() -> None:
    prepare_demo()
    rows = []
    current = 0
    for size in SIZES:
        print(f"== {size} documents: generating {size - current} more", flush=True)
        ids = add_documents(current, size)
        current = size
        indexing = index_documents(ids)
        server, postgres = indexing["server"], indexing["postgres"]
        print(f"   indexed: {server:.2f} s per 1k documents on the server, {postgres:.2f} s on PostgreSQL")
        for label, on_server in (("server", True), ("postgres", False)):
            latency, totals = measure(on_server)
            found = ", ".join(f"{query}: {total}" for query, total in list(totals.items())[:4])
            print(f"   {label}: p50 {latency.p50:.1f} ms, p95 {latency.p95:.1f} ms ({found}…)", flush=True)
            rows.append((size, label, latency, indexing[label]))
    print_table(rows)


def print_table(rows: list[tuple[int, str, Latency, float]]) -> None:
    names = {"server": f"search server ({os.environ.get('SEARCH_BACKEND', '')})", "postgres": "PostgreSQL full-text"}
    print()
    print("| documents | backend | p50 (ms) | p95 (ms) | indexing (s per 1k documents) |")
    print("|---:|---|---:|---:|---:|")
    for size, label, latency, indexing in rows:
        print(f"| {size:,} | {names[label]} | {latency.p50:.1f} | {latency.p95:.1f} | {indexing:.2f} |")
    for label in ("server", "postgres"):
        mine = [(size, latency) for size, name, latency, _indexing in rows if name == label]
        if len(mine) > 1:
            (small, first), (large, last) = mine[0], mine[-1]
            ratio = last.p95 / first.p95 if first.p95 else math.inf
            verdict = "meets" if ratio <= 1.5 else "misses"
            target = f" ({verdict} the target of 1.5)" if label == "server" else ""
            print(f"\n{names[label]}: p95 at {large:,} / p95 at {small:,} = {ratio:.2f}{target}")
    print(f"\n{len(QUERIES)} queries x {ROUNDS} rounds per measurement, one request at a time, gunicorn with 1 worker.")


# BENCH_SEARCH_KIND=portal: what partners search, half member organisations and half best practices.
PORTAL_REQUESTS = {"API": "/api/search/?q={}&lang=en", "HTML page": "/en/search/?q={}"}


@dataclass
class Measured:
    hits: int
    latency: Latency
    queries: str  # the SQL queries of one request ("12", or "12-14" when requests ran different numbers)


def fetch(path: str) -> tuple[float, bytes, int]:
    """Milliseconds, body and SQL queries (the X-SQL-Queries header of bench/counting_wsgi.py) of a GET."""
    began = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=60) as response:
        body = response.read()
        queries = int(response.headers.get("X-SQL-Queries", "-1"))
    return (time.perf_counter() - began) * 1000, body, queries


def check_pages_render(urls: list[str]) -> None:
    for url in urls:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{url}", timeout=60) as response:
            if response.status != 200 or not response.geturl().endswith(url):
                raise SystemExit(f"the generated page {url} answered {response.status} at {response.geturl()}")
    print(f"<!-- generated pages answer HTTP 200: {', '.join(urls)} -->", flush=True)


def latency_of(samples: list[float]) -> Latency:
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
    return Latency(statistics.median(samples), p95, len(samples))


def spread(counts: list[int]) -> str:
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}-{high}"


def measure_portal(on_server: bool, urls: list[str]) -> dict[tuple[str, str], Measured]:
    """For each query and request (the API, the HTML page): hits, latency over BENCH_SEARCH_ROUNDS × 4
    requests of each, interleaved, and the SQL queries per request."""
    process = serve(on_server, "bench.counting_wsgi:application")
    try:
        wait_for_portal()
        check_pages_render(urls)
        paths = {
            (label, request): template.format(urllib.parse.quote(query))
            for query, label in MARK_QUERIES
            for request, template in PORTAL_REQUESTS.items()
        }
        hits = {}
        for (label, request), path in paths.items():  # warm-up; also checks the backend answers
            body = fetch(path)[1]
            if request == "API":
                found = json.loads(body)
                if on_server and found["reduced_mode"]:
                    raise SystemExit("the search server did not answer: the portal fell back to the database")
                hits[label] = found["total"]
        samples: dict[tuple[str, str], list[float]] = {key: [] for key in paths}
        queries: dict[tuple[str, str], list[int]] = {key: [] for key in paths}
        for _ in range(ROUNDS * 4):
            for key, path in paths.items():
                elapsed, _body, count = fetch(path)
                samples[key].append(elapsed)
                queries[key].append(count)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {key: Measured(hits[key[0]], latency_of(samples[key]), spread(queries[key])) for key in paths}


def main_portal() -> None:
    """BENCH_SEARCH_KIND=portal: N items, half member organisations, half best practices (each in three
    languages), by hit count; BENCH_SEARCH_SERVE=0 only generates and indexes them, timing it."""
    prepare_demo()
    serving = os.environ.get("BENCH_SEARCH_SERVE", "1") != "0"
    current, urls = 0, []
    print("| items | backend | request | query matches | hits | p50 (ms) | p95 (ms) | SQL queries |")
    print("|---:|---|---|---|---:|---:|---:|---:|")
    for size in SIZES:
        began = time.perf_counter()
        members = add_members((current + 1) // 2, (size + 1) // 2, ten=TEN_OF_EACH_KIND)
        practices = add_practices(current // 2, size // 2)
        generated = time.perf_counter()
        backends = search_backends(with_database=size <= POSTGRES_UP_TO)
        index_members(members, backends)
        index_practices(practices, backends)
        urls = urls or practice_urls(practices)
        current = size
        print(
            f"<!-- {size:,} items: {len(members):,} members and {len(practices):,} practice pages (three languages) "
            f"more, generated in {generated - began:.0f} s, indexed in {time.perf_counter() - generated:.0f} s -->",
            flush=True,
        )
        if not serving:
            continue
        measured_on = (("search server", True), ("PostgreSQL", False))[: 2 if size <= POSTGRES_UP_TO else 1]
        for backend, on_server in measured_on:
            for (matches, request), measured in measure_portal(on_server, urls).items():
                latency = measured.latency
                print(
                    f"| {size:,} | {backend} | {request} | {matches} | {measured.hits:,} | {latency.p50:.1f} "
                    f"| {latency.p95:.1f} | {measured.queries} |",
                    flush=True,
                )


KINDS = {"members": main_members, "portal": main_portal}

if __name__ == "__main__":
    KINDS.get(os.environ.get("BENCH_SEARCH_KIND", ""), main)()
