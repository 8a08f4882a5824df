"""Summarise bench/run.sh's measurements: median per target, the portal/bare ratio and query counts.

Usage: python bench/summarize.py RESULTS [QUERIES]
RESULTS has one line per wrk run: "<target>\\trps=... p50_ms=... p99_ms=... requests=... errors=... non2xx=...";
QUERIES holds the "QUERIES path=... uncached=... cached=..." lines of bench/query_counts.py.
"""

import statistics
import sys
from pathlib import Path

PORTAL_HOME = "portal /en/"
BARE = "bare /"
MIN_RATIO = 0.25
SEARCH_API = "portal search API"
MIN_SEARCH_RATIO = 0.05
# Reported beside it, without a target: the search page, and both with every search computed.
SEARCHES = ("portal search page", "search API, computed", "search page, computed")
MAX_HOME_QUERIES = 12


def fields(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split() if "=" in item)


def main(results_path: str, queries_path: str | None = None) -> int:
    runs: dict[str, list[dict[str, float]]] = {}
    for line in Path(results_path).read_text().splitlines():
        if not line.strip():
            continue
        name, _, values = line.partition("\t")
        runs.setdefault(name, []).append({key: float(value) for key, value in fields(values).items()})

    print(f"{'target':<28} {'runs':>4} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'x bare':>7}")
    medians: dict[str, float] = {}
    for name, measured in runs.items():
        rps = statistics.median(run["rps"] for run in measured)
        p50 = statistics.median(run["p50_ms"] for run in measured)
        p99 = statistics.median(run["p99_ms"] for run in measured)
        errors = int(sum(run["errors"] for run in measured))
        medians[name] = rps
        bare = statistics.median(run["rps"] for run in runs[BARE]) if runs.get(BARE) else 0
        ratio = f"{rps / bare:.2f}" if bare else "-"
        print(f"{name:<28} {len(measured):>4} {rps:>9.1f} {p50:>8.2f} {p99:>8.2f} {errors:>7} {ratio:>7}")

    status = 0
    if PORTAL_HOME in medians and medians.get(BARE):
        ratio = medians[PORTAL_HOME] / medians[BARE]
        verdict = "ok" if ratio >= MIN_RATIO else "BELOW TARGET"
        print(f"\nratio {PORTAL_HOME} / {BARE} (median req/s): {ratio:.2f}  (target >= {MIN_RATIO}: {verdict})")
        status |= ratio < MIN_RATIO
    if SEARCH_API in medians and medians.get(BARE):
        ratio = medians[SEARCH_API] / medians[BARE]
        verdict = "ok" if ratio >= MIN_SEARCH_RATIO else "BELOW TARGET"
        print(f"ratio {SEARCH_API} / {BARE} (median req/s): {ratio:.3f}  (target >= {MIN_SEARCH_RATIO}: {verdict})")
        status |= ratio < MIN_SEARCH_RATIO
    for name in SEARCHES:
        if name in medians and medians.get(BARE):
            print(f"ratio {name} / {BARE} (median req/s): {medians[name] / medians[BARE]:.3f}")
    if any(run["errors"] for measured in runs.values() for run in measured):
        print("some runs had socket errors or non-2xx/3xx responses")
        status = 1

    if queries_path and Path(queries_path).exists():
        print()
        for line in Path(queries_path).read_text().splitlines():
            if not line.startswith("QUERIES "):
                continue
            counts = fields(line)
            note = ""
            if counts["path"] == "/en/":
                within = int(counts["uncached"]) <= MAX_HOME_QUERIES
                note = f"  (target <= {MAX_HOME_QUERIES}: {'ok' if within else 'ABOVE TARGET'})"
                status |= not within
            uncached, cached = counts["uncached"], counts["cached"]
            print(f"SQL queries {counts['path']}: uncached {uncached}, page-cache hit {cached}{note}")
    return int(status)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
