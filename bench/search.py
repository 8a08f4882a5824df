"""Search benchmark: latency of /api/search/ and indexing time on synthetic EN/FR/AR documents (or, with
BENCH_SEARCH_KIND=members, member organisations, by number of hits).

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
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_SEARCH_PORT", "8803"))
SIZES = [int(size) for size in os.environ.get("BENCH_SEARCH_SIZES", "1000 10000 100000").split()]
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "5"))
CHUNK = 1000
WORDS_PER_DOCUMENT = 150
SEED = 20261126


def _listed(words: str) -> list[str]:
    return words.split()


# Words of the domain first (the most frequent), then made-up words for the long tail.
VOCABULARY = {
    "en": _listed(
        "cluster energy water solar olive industry textile recycling membrane export training partner "
        "innovation prototype factory supplier quality certification biomass harvest mechanical "
        "electronics logistics port investment market network engineering design research laboratory "
        "treatment desalination packaging agriculture food wind battery sensor software maintenance"
    ),
    "fr": _listed(
        "pôle énergie eau solaire olive industrie textile recyclage membrane export formation partenaire "
        "innovation prototype usine fournisseur qualité certification biomasse récolte mécanique "
        "électronique logistique port investissement marché réseau ingénierie conception recherche "
        "laboratoire traitement dessalement emballage agriculture alimentation éolien batterie capteur"
    ),
    "ar": _listed(
        "تجمع طاقة مياه شمسية زيتون صناعة نسيج تدوير غشاء تصدير تكوين شريك ابتكار نموذج مصنع مورد جودة "
        "شهادة كتلة حصاد ميكانيك إلكترونيات لوجستيك ميناء استثمار سوق شبكة هندسة تصميم بحث مختبر معالجة "
        "تحلية تغليف فلاحة غذاء رياح بطارية مستشعر"
    ),
}
SYLLABLES = {
    "en": ["ka", "lo", "mi", "ter", "son", "bri", "dal", "vex", "orn", "pla", "quin", "rud"],
    "fr": ["ré", "mon", "lé", "cha", "vau", "ber", "tique", "gne", "oir", "plu", "sé", "dou"],
    "ar": ["كا", "لو", "مي", "تر", "سن", "بر", "دال", "فق", "ور", "بلا", "قن", "رد"],
}
TAIL_WORDS = 4000
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


def words_of(language: str) -> list[str]:
    rng = random.Random(f"{SEED}-{language}")
    tail = {"".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 4))) for _ in range(TAIL_WORDS * 2)}
    return VOCABULARY[language] + sorted(tail)[:TAIL_WORDS]


def zipf_weights(count: int) -> list[float]:
    return [1 / (rank**1.07) for rank in range(1, count + 1)]


def generate(number: int, vocabularies: dict[str, list[str]], weights: list[float]) -> tuple[str, str, str]:
    """The title, text and language of generated document `number` (the same on every run)."""
    language = ("en", "fr", "ar")[number % 3]
    rng = random.Random(SEED + number)
    words = rng.choices(vocabularies[language], weights=weights[: len(vocabularies[language])], k=WORDS_PER_DOCUMENT)
    title = " ".join(words[:6]).capitalize()
    return title, " ".join(words), language


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
    vocabularies = {language: words_of(language) for language in VOCABULARY}
    weights = zipf_weights(max(len(words) for words in vocabularies.values()))
    ids: list[int] = []
    for chunk_start in range(start, stop, CHUNK):
        numbers = range(chunk_start, min(stop, chunk_start + CHUNK))
        generated = [generate(number, vocabularies, weights) for number in numbers]
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


# Member organisations: the word "halfmark" is in half of them, "tenthmark" in a tenth and "tenmark"
# in ten, so that the number of hits of each query grows with the corpus (but the last one's).
MEMBER_QUERIES = [("tenmark", "en", "10 items"), ("tenthmark", "en", "10%"), ("halfmark", "en", "50%")]


def member_marks(number: int) -> list[str]:
    marks = ["halfmark"] if number % 2 == 0 else []
    if number % 10 == 3:
        marks.append("tenthmark")
    if number < 10:
        marks.append("tenmark")
    return marks


def add_members(start: int, stop: int) -> list[int]:
    """Create generated member organisations `start`..`stop - 1` (bulk inserts, sectors in bulk too),
    spread over the demo's clusters, countries and sectors; returns their ids."""
    from django.db import transaction

    from clusters.models import ClusterPage
    from clusters.taxonomy import Sector
    from members.models import MemberOrganisation, MemberType

    clusters = list(ClusterPage.objects.filter(locale__language_code="en").values_list("pk", "country"))
    sectors = list(Sector.objects.values_list("pk", flat=True))
    vocabularies = {language: words_of(language) for language in VOCABULARY}
    weights = zipf_weights(max(len(words) for words in vocabularies.values()))
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
                    description=" ".join([*member_marks(number), generate(number, vocabularies, weights)[1][:400]]),
                )
                for number in numbers
            )
            Sectors.objects.bulk_create(
                Sectors(memberorganisation_id=member.pk, sector_id=sectors[member.pk % len(sectors)])
                for member in members
            )
        ids += [member.pk for member in members]
    return ids


def index_members(ids: list[int]) -> None:
    from wagtail.search.backends import get_search_backend

    from members.models import MemberOrganisation

    for name, options in (("default", {"TIMEOUT": 120}), ("database", {})):
        backend = get_search_backend(name, **options)
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


def serve(on_server: bool) -> subprocess.Popen:
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
        "portal.wsgi:application",
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


if __name__ == "__main__":
    main_members() if os.environ.get("BENCH_SEARCH_KIND") == "members" else main()
