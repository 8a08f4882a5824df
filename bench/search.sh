#!/usr/bin/env bash
# Search benchmark (see bench/search.py): /api/search/ latency and indexing time on 1k, 10k and 100k
# generated EN/FR/AR documents, on the search server and on PostgreSQL full-text.
#
# Needs the services of `make services` (var/services.env, or SERVICES_ENV). Uses a database of its
# own, dropped and created again (BENCH_SEARCH_DATABASE, bench_search), an index prefix of its own
# (benchsearch_) and Redis database 15, never the development or test ones.
# Knobs: BENCH_SEARCH_SIZES ("1000 10000 100000"), BENCH_SEARCH_ROUNDS (5), BENCH_SEARCH_PORT (8803),
# BENCH_SEARCH_INDEX (benchsearch), BENCH_SEARCH_KIND=portal (members and best-practice pages by number of
# hits, with the SQL queries per request; BENCH_SEARCH_SERVE=0 only generates and indexes them) or
# BENCH_SEARCH_KIND=members (member organisations only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
SERVICES_ENV="${SERVICES_ENV:-$ROOT/var/services.env}"
DATABASE="${BENCH_SEARCH_DATABASE:-bench_search}"

die() { echo "bench/search: $*" >&2; exit 1; }

[ -f "$SERVICES_ENV" ] || die "$SERVICES_ENV not found: run \`make services\` first."
set -a
# shellcheck source=/dev/null
. "$SERVICES_ENV"
set +a
[[ "${DATABASE_URL:-}" =~ ^(postgres(ql)?://[^/]+)/[^/?]+$ ]] || die "DATABASE_URL does not point to PostgreSQL."
SERVER_URL="${BASH_REMATCH[1]}"
[ -n "${SEARCH_URL:-}" ] || die "SEARCH_URL is not set in $SERVICES_ENV."
[[ "$DATABASE" =~ ^bench_[a-z0-9_]+$ ]] || die "BENCH_SEARCH_DATABASE must start with bench_ (it is dropped)."

unset DJANGO_ENV DJANGO_SETTINGS_MODULE CELERY_BROKER_URL
export DATABASE_URL="$SERVER_URL/$DATABASE"
export SEARCH_INDEX="${BENCH_SEARCH_INDEX:-benchsearch}"
if [[ "${REDIS_URL:-}" =~ ^(rediss?://[^/]+)(/[0-9]+)?/?$ ]]; then
  export REDIS_URL="${BASH_REMATCH[1]}/15"
fi
export DEBUG=0 ALLOWED_HOSTS="127.0.0.1,localhost" LOG_LEVEL=WARNING
# Each request is timed computing its search: none is answered from the cache of recent searches.
export SEARCH_RESULT_CACHE_SECONDS=0

echo "== search benchmark on $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== recreating the database $DATABASE"
"$PY" - "$SERVER_URL/postgres" "$DATABASE" <<'EOF'
import sys

import psycopg

with psycopg.connect(sys.argv[1], autocommit=True) as connection:
    connection.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)')
    connection.execute(f'CREATE DATABASE "{sys.argv[2]}"')
EOF
"$PY" bench/search.py
