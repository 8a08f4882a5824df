#!/usr/bin/env bash
# Stop the services started by scripts/services.sh (make services-stop).
# Data under var/services/ is kept; run scripts/services.sh to start again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES="$ROOT/var/services"
PG_DATA="$SERVICES/postgres"
REDIS_DIR="$SERVICES/redis"
OS_PIDFILE="$SERVICES/opensearch-data/opensearch.pid"
ENV_FILE="$ROOT/var/services.env"

log() { printf '%s\n' "$*"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# True when process $1 is alive and its command line contains $2 (guards
# against stale pid files whose pid was reused).
pid_is() {
    local cmdline
    pid_alive "$1" || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
    [[ "$cmdline" == *"$2"* ]]
}

# Wait up to $2 seconds for process $1 to exit.
wait_exit() {
    local pid="$1" timeout="$2" _
    for _ in $(seq 1 $((timeout * 5))); do
        pid_alive "$pid" || return 0
        sleep 0.2
    done
    ! pid_alive "$pid"
}

status=0

# --- PostgreSQL ----------------------------------------------------------
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -f "$PG_DATA/postmaster.pid" ] && [ -n "$pg_bin" ]; then
    pg_ctl=("$pg_bin/pg_ctl" -D "$PG_DATA")
    if is_root; then pg_ctl=(runuser -u postgres -- "${pg_ctl[@]}"); fi
    if "${pg_ctl[@]}" status >/dev/null 2>&1; then
        log "postgres: stopping…"
        if "${pg_ctl[@]}" stop -m fast -w -t 60 >/dev/null; then
            log "postgres: stopped"
        else
            log "postgres: failed to stop" >&2
            status=1
        fi
    else
        log "postgres: not running"
    fi
else
    log "postgres: not running"
fi

# --- Redis ---------------------------------------------------------------
redis_pid="$(cat "$REDIS_DIR/redis.pid" 2>/dev/null || true)"
if pid_is "$redis_pid" redis-server; then
    log "redis: stopping…"
    redis_port="${REDIS_PORT:-6379}"
    if [ -f "$ENV_FILE" ]; then
        # REDIS_URL=redis://127.0.0.1:<port>/<db>
        url="$(sed -n 's/^export REDIS_URL=//p' "$ENV_FILE")"
        port="${url##*:}"
        port="${port%%/*}"
        if [ -n "$port" ]; then redis_port="$port"; fi
    fi
    redis-cli -h 127.0.0.1 -p "$redis_port" shutdown >/dev/null 2>&1 || kill -TERM "$redis_pid" 2>/dev/null || true
    if wait_exit "$redis_pid" 30; then
        log "redis: stopped"
    else
        log "redis: failed to stop (pid $redis_pid)" >&2
        status=1
    fi
else
    log "redis: not running"
fi

# --- OpenSearch ----------------------------------------------------------
os_pid="$(cat "$OS_PIDFILE" 2>/dev/null || true)"
if pid_is "$os_pid" org.opensearch.bootstrap.OpenSearch; then
    log "opensearch: stopping…"
    kill -TERM "$os_pid"
    if wait_exit "$os_pid" 60; then
        log "opensearch: stopped"
    else
        log "opensearch: did not stop within 60s, killing pid $os_pid" >&2
        kill -KILL "$os_pid" 2>/dev/null || true
        wait_exit "$os_pid" 10 || status=1
    fi
    rm -f "$OS_PIDFILE"
else
    log "opensearch: not running"
fi

exit "$status"
