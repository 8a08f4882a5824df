#!/usr/bin/env bash
# Throughput and latency of the portal against a bare Django view, both under gunicorn.
#
# Needs the services started by `make services` (PostgreSQL, Redis, OpenSearch, described
# in var/services.env). Loads the demo content into a database of its own on that server
# (BENCH_DATABASE, bench_portal), serves the portal
# (DEBUG off, Redis cache, anonymous page cache) and bench/bare/ on two loopback ports with
# the same gunicorn settings, then runs wrk against them in alternation and prints a summary.
#
# Knobs (environment): BENCH_ROUNDS (3), BENCH_DURATION (10s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (8), BENCH_WORKERS (2), BENCH_PORTAL_PORT (8801), BENCH_BARE_PORT (8802),
# BENCH_COMPUTED_PORT (8804: the portal again, computing every search, SEARCH_RESULT_CACHE_SECONDS=0),
# BENCH_REDIS_URL (REDIS_URL with database 15), BENCH_REGISTRANTS (20000 people for the registration POSTs).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ROUNDS="${BENCH_ROUNDS:-3}"
DURATION="${BENCH_DURATION:-10s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
WORKERS="${BENCH_WORKERS:-2}"
PORTAL_PORT="${BENCH_PORTAL_PORT:-8801}"
export BENCH_REGISTRANTS="${BENCH_REGISTRANTS:-20000}"
BARE_PORT="${BENCH_BARE_PORT:-8802}"
COMPUTED_PORT="${BENCH_COMPUTED_PORT:-8804}"
PY="$ROOT/.venv/bin/python"
GUNICORN="$ROOT/.venv/bin/gunicorn"
OUT="$ROOT/var/bench"
SERVICES_ENV="$ROOT/var/services.env"

die() { echo "bench: $*" >&2; exit 1; }

[ -f "$SERVICES_ENV" ] || die "$SERVICES_ENV not found: run \`make services\` first (it starts PostgreSQL, Redis and OpenSearch)."
set -a
# shellcheck source=/dev/null
. "$SERVICES_ENV"
set +a
case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*) ;;
  *) die "DATABASE_URL in $SERVICES_ENV does not point to PostgreSQL: run \`make services\` first." ;;
esac
[ -n "${REDIS_URL:-}" ] || die "REDIS_URL is not set in $SERVICES_ENV: run \`make services\` first."
[ -x "$PY" ] || die "$PY not found: run \`make install\` first."
[ -x "$GUNICORN" ] || die "$GUNICORN not found: run \`make install\` first."

if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk"
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi

for port in "$PORTAL_PORT" "$BARE_PORT" "$COMPUTED_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use (set BENCH_PORTAL_PORT / BENCH_BARE_PORT / BENCH_COMPUTED_PORT)."
  fi
done

# A database and search indexes of its own (BENCH_DATABASE, bench_portal; created when missing),
# so that the benchmark's event and registrants never show in the development data.
BENCH_DATABASE="${BENCH_DATABASE:-bench_portal}"
SERVER_URL="${DATABASE_URL%/*}"
"$PY" - "$SERVER_URL/postgres" "$BENCH_DATABASE" <<'EOF'
import sys

import psycopg

with psycopg.connect(sys.argv[1], autocommit=True) as connection:
    if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [sys.argv[2]]).fetchone():
        connection.execute(f'CREATE DATABASE "{sys.argv[2]}"')
EOF
export DATABASE_URL="$SERVER_URL/$BENCH_DATABASE"
export SEARCH_INDEX=benchportal

# The portal as production runs it, minus the production-only checks: DEBUG off, no debug toolbar.
unset DJANGO_ENV DJANGO_SETTINGS_MODULE
# A Redis database of its own, so that the test suite (which flushes the cache on REDIS_URL)
# does not empty or invalidate the page cache in the middle of a measurement, and the other way round.
if [[ "$REDIS_URL" =~ ^(rediss?://[^/]+)(/[0-9]+)?/?$ ]]; then
  export REDIS_URL="${BENCH_REDIS_URL:-${BASH_REMATCH[1]}/15}"
else
  export REDIS_URL="${BENCH_REDIS_URL:-$REDIS_URL}"
fi
export DEBUG=0
export ALLOWED_HOSTS="127.0.0.1,localhost"
export LOG_LEVEL=WARNING

mkdir -p "$OUT"
echo "== preparing the database ($DATABASE_URL); cache on $REDIS_URL"
"$PY" manage.py migrate --noinput >"$OUT/migrate.log"
"$PY" manage.py load_demo >"$OUT/load_demo.log"
# The search server's indexes of this database (SEARCH_INDEX), built afresh with their mappings.
"$PY" manage.py update_index >"$OUT/update_index.log" 2>&1
"$PY" manage.py collectstatic --noinput >"$OUT/collectstatic.log"

echo "== people ready to register for the benchmark event"
REGISTER_PATH="$("$PY" bench/registrants.py)"

echo "== SQL queries (Django test client, page cache cleared first)"
"$PY" bench/query_counts.py | tee "$OUT/queries.txt"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

GUNICORN_OPTS=(--workers "$WORKERS" --worker-class sync --log-level warning)
"$GUNICORN" "${GUNICORN_OPTS[@]}" --bind "127.0.0.1:$PORTAL_PORT" --chdir "$ROOT" \
  --error-logfile "$OUT/portal-gunicorn.log" portal.wsgi:application &
PIDS+=($!)
DJANGO_SETTINGS_MODULE=bare.settings "$GUNICORN" "${GUNICORN_OPTS[@]}" --bind "127.0.0.1:$BARE_PORT" \
  --chdir "$ROOT/bench" --error-logfile "$OUT/bare-gunicorn.log" bare.wsgi:application &
PIDS+=($!)

# The same portal with every search computed, none answered from the cache of recent searches.
SEARCH_RESULT_CACHE_SECONDS=0 "$GUNICORN" "${GUNICORN_OPTS[@]}" --bind "127.0.0.1:$COMPUTED_PORT" --chdir "$ROOT" \
  --error-logfile "$OUT/computed-gunicorn.log" portal.wsgi:application &
PIDS+=($!)

PORTAL="http://127.0.0.1:$PORTAL_PORT"
COMPUTED="http://127.0.0.1:$COMPUTED_PORT"
BARE="http://127.0.0.1:$BARE_PORT"
# name|url
TARGETS=(
  "portal /en/|$PORTAL/en/"
  "bare /|$BARE/"
  "portal /en/clusters/ce3m/|$PORTAL/en/clusters/ce3m/"
  "portal event page|$PORTAL/en/events/techdays-casablanca/"
  "portal POST register|$PORTAL$REGISTER_PATH"
  "portal search API|$PORTAL/api/search/?q=cluster"
  "portal search page|$PORTAL/en/search/?q=cluster"
  "search API, computed|$COMPUTED/api/search/?q=cluster"
  "search page, computed|$COMPUTED/en/search/?q=cluster"
)
# Targets driven by their own wrk script (the others use report.lua alone).
declare -A SCRIPTS=(["portal POST register"]="bench/register.lua")
script_for() { echo "${SCRIPTS[$1]:-bench/report.lua}"; }
# Script arguments for round $1 (0: the warm-up): the threads, and where on the list of people
# the run starts, so that the warm-up and each round register their own share of BENCH_REGISTRANTS.
script_args() { echo "$THREADS $(($1 * BENCH_REGISTRANTS / (ROUNDS + 1)))"; }

wait_for() {
  local url="$1"
  for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  die "$url did not answer (see $OUT/*-gunicorn.log)"
}

echo "== starting gunicorn ($WORKERS sync workers each): portal on $PORTAL, bare on $BARE, portal computing every search on $COMPUTED"
wait_for "$PORTAL/en/"
wait_for "$BARE/"
wait_for "$COMPUTED/en/"

echo "== checking responses"
for target in "${TARGETS[@]}"; do
  [ -z "${SCRIPTS[${target%%|*}]:-}" ] || continue  # POST targets are checked by their own script
  url="${target#*|}"
  curl -fsS -o /dev/null "$url"
  read -r status size cache_state < <(curl -sS -o /dev/null -D - -w '%{http_code} %{size_download}\n' "$url" |
    awk 'tolower($1) == "x-page-cache:" {state = $2} /^[0-9]+ [0-9]+$/ {print $1, $2, (state ? state : "-")}' | tr -d '\r')
  printf '  %-28s HTTP %s, %6s bytes, X-Page-Cache: %s\n' "${target%%|*}" "$status" "$size" "$cache_state"
  [ "$status" = 200 ] || die "${target%%|*} answered HTTP $status"
done

echo "== warming up (3 s each)"
for target in "${TARGETS[@]}"; do
  # shellcheck disable=SC2046
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$(script_for "${target%%|*}")" "${target#*|}" -- $(script_args 0) >/dev/null
done

RESULTS="$OUT/results.txt"
: >"$RESULTS"
echo "== measuring: $ROUNDS rounds x ${#TARGETS[@]} targets, $DURATION each, wrk -t$THREADS -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  for target in "${TARGETS[@]}"; do
    name="${target%%|*}"
    # shellcheck disable=SC2046
    line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$(script_for "$name")" "${target#*|}" -- $(script_args "$round") | grep '^RESULT ')" ||
      die "wrk printed no result for $name"
    printf '  round %s  %-28s %s\n' "$round" "$name" "${line#RESULT }"
    printf '%s\t%s\n' "$name" "${line#RESULT }" >>"$RESULTS"
  done
done

echo
"$PY" bench/summarize.py "$RESULTS" "$OUT/queries.txt"

# Search latency and indexing time on generated corpora (bench/search.sh); BENCH_SEARCH=0 skips it.
if [ "${BENCH_SEARCH:-1}" != 0 ]; then
  cleanup
  echo
  SERVICES_ENV="$SERVICES_ENV" "$ROOT/bench/search.sh"
fi
