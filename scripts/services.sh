#!/usr/bin/env bash
# Install (when missing) and start the backing services used by Medclusters on
# loopback: PostgreSQL, Redis and OpenSearch. All state lives under
# var/services/ in the repository; the connection settings are written to
# var/services.env.
#
# Safe to run repeatedly: services that are already running are left alone and
# the environment is printed again.
#
# Ports can be changed with PG_PORT (5432), REDIS_PORT (6379) and
# SEARCH_PORT (9200). OpenSearch 3 runs on Java 21 or newer, looked up in
# OPENSEARCH_JAVA_HOME, JAVA_HOME, then /usr/lib/jvm/*; with only an older Java
# (Debian 12 ships 17) the OpenSearch 2.19 line is used instead.
#
# Stop everything with scripts/services-stop.sh (make services-stop).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PG_PORT="${PG_PORT:-5432}"
REDIS_PORT="${REDIS_PORT:-6379}"
SEARCH_PORT="${SEARCH_PORT:-9200}"

DB_NAME=medclusters
DB_USER=medclusters
DB_PASSWORD=medclusters

java_major() {
    # Prints the major version of the given java binary, or nothing.
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 || true
}

# OPENSEARCH_JAVA_HOME, or else the newest Java found (JAVA_HOME, /usr/lib/jvm/*); it decides the
# OpenSearch line: 3.x on Java 21+, 2.19 on Java 11-20. Both are used through Wagtail's
# opensearch3 backend: requirements.txt pins opensearch-py 3, which also speaks to 2.19 servers
# (the test suite passes against both), while Wagtail's opensearch2 backend needs opensearch-py 2.
OS_JAVA_HOME=""
OS_JAVA_MAJOR=0
pick_java() {
    local candidates=() c major
    if [ -n "${OPENSEARCH_JAVA_HOME:-}" ]; then
        candidates=("$OPENSEARCH_JAVA_HOME")  # an explicit choice is used as it is
    else
        [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
        while IFS= read -r c; do candidates+=("$c"); done \
            < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -V -r)
    fi
    for c in "${candidates[@]}"; do
        [ -x "$c/bin/java" ] || continue
        major="$(java_major "$c/bin/java")"
        if [ -n "$major" ] && [ "$major" -gt "$OS_JAVA_MAJOR" ]; then
            OS_JAVA_HOME="$c"
            OS_JAVA_MAJOR="$major"
        fi
    done
}
pick_java
if [ "$OS_JAVA_MAJOR" -ge 21 ]; then
    OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-3.3.2}"
    OPENSEARCH_BACKEND=opensearch3
else
    OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-2.19.6}"
    OPENSEARCH_BACKEND=opensearch3
fi
OPENSEARCH_DIST_GAV="org.opensearch.distribution.integ-test-zip:opensearch:${OPENSEARCH_VERSION}:zip"
ANALYSIS_COMMON_GAV="org.opensearch.plugin:analysis-common:${OPENSEARCH_VERSION}"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"

SERVICES="$ROOT/var/services"
DOWNLOAD_DIR="$SERVICES/download"
PG_DATA="$SERVICES/postgres"
PG_SOCKET_DIR="$SERVICES/postgres-socket"
PG_LOG="$SERVICES/postgres.log"
REDIS_DIR="$SERVICES/redis"
OS_HOME="$SERVICES/opensearch-${OPENSEARCH_VERSION}"
OS_DATA="$SERVICES/opensearch-data"
OS_PIDFILE="$OS_DATA/opensearch.pid"
OS_PORTFILE="$OS_DATA/http.port"
OS_STDOUT="$OS_DATA/logs/startup.log"
ENV_FILE="$ROOT/var/services.env"

OS_USER=opensearch
SEARCH_URL="http://127.0.0.1:${SEARCH_PORT}"

log() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# True when process $1 is alive and its command line contains $2 (guards
# against stale pid files whose pid was reused).
pid_is() {
    local cmdline
    pid_alive "$1" || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
    [[ "$cmdline" == *"$2"* ]]
}

# Run a command as the given OS user when we are root, as ourselves otherwise.
as_user() {
    local user="$1"; shift
    if is_root; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# The service users must be able to reach var/services (e.g. a checkout under
# /root is not traversable by them).
check_reachable() {
    local user="$1" dir="$2"
    if is_root && ! runuser -u "$user" -- test -x "$dir"; then
        die "user '$user' cannot access $dir; make its parent directories traversable (chmod o+x) or move the checkout"
    fi
}

# --------------------------------------------------------------------------
# System packages
# --------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
    is_root || die "missing packages: $* (install them, or run this script as root)"
    log "apt: installing $*…"
    local policy=/usr/sbin/policy-rc.d created_policy=0
    # Keep the Debian packages from starting their own system-wide instances
    # on the default ports.
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        created_policy=1
    fi
    if [ "$APT_UPDATED" -eq 0 ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    local rc=0
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null || rc=$?
    if [ "$created_policy" -eq 1 ]; then rm -f "$policy"; fi
    [ "$rc" -eq 0 ] || die "apt-get install $* failed"
}

pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && printf '%s\n' "$dir"
}

ensure_packages() {
    local missing=()
    pg_bindir >/dev/null || missing+=(postgresql)
    command -v psql >/dev/null || missing+=(postgresql-client)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v redis-cli >/dev/null || missing+=(redis-tools)
    command -v curl >/dev/null || missing+=(curl ca-certificates)
    command -v unzip >/dev/null || missing+=(unzip)
    command -v mvn >/dev/null || missing+=(maven)
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_install "${missing[@]}"
    fi
}

# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------
PG_BIN=""

pg_running() {
    as_user postgres "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

pg_psql() {
    as_user postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres "$@"
}

start_postgres() {
    PG_BIN="$(pg_bindir)" || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    if is_root; then
        id postgres >/dev/null 2>&1 || die "the 'postgres' OS user does not exist (is the postgresql package installed?)"
    fi

    mkdir -p "$PG_SOCKET_DIR"
    if is_root; then
        check_reachable postgres "$SERVICES"
        chown postgres:postgres "$PG_SOCKET_DIR"
    fi
    chmod 0700 "$PG_SOCKET_DIR"

    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        log "postgres: initialising cluster in ${PG_DATA#"$ROOT"/}…"
        mkdir -p "$PG_DATA"
        if is_root; then chown postgres:postgres "$PG_DATA"; fi
        chmod 0700 "$PG_DATA"
        as_user postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres \
            --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >/dev/null
        cat >>"$PG_DATA/postgresql.conf" <<'EOF'

# --- Medclusters development cluster (scripts/services.sh) ---
# listen_addresses, port and unix_socket_directories are given on the
# pg_ctl command line.
max_connections = 200
shared_buffers = 128MB
# Disposable local data: trade crash safety for speed.
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_duration_statement = -1
EOF
    fi

    if pg_running; then
        log "postgres: already running (pid $(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || echo "?"))"
        local running_port
        running_port="$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
        if [ -n "$running_port" ] && [ "$running_port" != "$PG_PORT" ]; then
            die "postgres is already running on port $running_port, not $PG_PORT; stop it first (make services-stop)"
        fi
    else
        if port_open "$PG_PORT"; then
            die "port $PG_PORT is already in use by another process; stop it or set PG_PORT"
        fi
        log "postgres: starting on 127.0.0.1:$PG_PORT…"
        touch "$PG_LOG"
        if is_root; then chown postgres:postgres "$PG_LOG"; fi
        if ! as_user postgres setsid -w "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
            -o "-h 127.0.0.1 -p $PG_PORT -k $PG_SOCKET_DIR" >/dev/null </dev/null; then
            tail -n 20 "$PG_LOG" >&2 || true
            die "postgres failed to start (log: ${PG_LOG#"$ROOT"/})"
        fi
    fi

    log "postgres: ensuring role '$DB_USER' and database '$DB_NAME'…"
    pg_psql -d postgres <<EOF
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
    ELSE
        ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
    END IF;
END
\$\$;
EOF
    if [ "$(pg_psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
        pg_psql -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8'"
    fi
    # Check the credentials the application will use, over TCP.
    PGPASSWORD="$DB_PASSWORD" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" \
        -Atc 'SELECT 1' >/dev/null || die "cannot connect to postgres as $DB_USER over TCP"
    log "postgres: ready"
}

# --------------------------------------------------------------------------
# Redis
# --------------------------------------------------------------------------
REDIS_USER=""

start_redis() {
    mkdir -p "$REDIS_DIR"
    if is_root && id redis >/dev/null 2>&1; then
        REDIS_USER=redis
        check_reachable redis "$SERVICES"
        chown -R redis:redis "$REDIS_DIR"
    fi
    local pid=""
    [ -f "$REDIS_DIR/redis.pid" ] && pid="$(cat "$REDIS_DIR/redis.pid" 2>/dev/null || true)"
    if pid_is "$pid" redis-server && [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" = "PONG" ]; then
        log "redis: already running (pid $pid)"
        return
    fi
    if pid_is "$pid" redis-server; then
        die "redis from ${REDIS_DIR#"$ROOT"/} is running (pid $pid) but not answering on port $REDIS_PORT; stop it first (make services-stop)"
    fi
    if port_open "$REDIS_PORT"; then
        die "port $REDIS_PORT is already in use by another process; stop it or set REDIS_PORT"
    fi
    log "redis: starting on 127.0.0.1:$REDIS_PORT…"
    rm -f "$REDIS_DIR/redis.pid"
    local cmd=(redis-server
        --daemonize yes
        --bind 127.0.0.1
        --port "$REDIS_PORT"
        --dir "$REDIS_DIR"
        --pidfile "$REDIS_DIR/redis.pid"
        --logfile "$REDIS_DIR/redis.log"
        --dbfilename dump.rdb
        --save "300 100 60 10000"
        --appendonly no)
    if [ -n "$REDIS_USER" ]; then
        setsid -w runuser -u "$REDIS_USER" -- "${cmd[@]}" >/dev/null </dev/null
    else
        setsid -w "${cmd[@]}" >/dev/null </dev/null
    fi
    local _
    for _ in $(seq 1 50); do
        if [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" = "PONG" ]; then
            log "redis: ready"
            return
        fi
        sleep 0.2
    done
    tail -n 20 "$REDIS_DIR/redis.log" >&2 || true
    die "redis did not answer on port $REDIS_PORT (log: ${REDIS_DIR#"$ROOT"/}/redis.log)"
}

# --------------------------------------------------------------------------
# OpenSearch
# --------------------------------------------------------------------------
find_java() {
    [ "$OS_JAVA_MAJOR" -ge 11 ] || die "OpenSearch needs Java 11 or newer (21 for OpenSearch 3); none found (set OPENSEARCH_JAVA_HOME)"
}

# Copy an artefact into $DOWNLOAD_DIR, from the local Maven repository when it
# is already there, otherwise from Maven Central.
fetch_artifact() {
    local gav="$1" file="$2" m2path="$3"
    if [ -s "$DOWNLOAD_DIR/$file" ]; then
        return
    fi
    mkdir -p "$DOWNLOAD_DIR"
    if [ -s "$M2_REPO/$m2path" ]; then
        log "opensearch: using $file from the local Maven repository"
        cp "$M2_REPO/$m2path" "$DOWNLOAD_DIR/$file.part"
        mv "$DOWNLOAD_DIR/$file.part" "$DOWNLOAD_DIR/$file"
    else
        log "opensearch: downloading $file ($OPENSEARCH_VERSION) from Maven Central…"
        # Maven verifies the checksum and keeps a copy in the local repository.
        local tmp="$DOWNLOAD_DIR/.mvn-copy" mvn_log="$DOWNLOAD_DIR/mvn.log"
        rm -rf "$tmp"
        if ! mvn -B -Dstyle.color=never dependency:copy -Dartifact="$gav" -DoutputDirectory="$tmp" \
            -Dmaven.repo.local="$M2_REPO" -Dmdep.overWriteReleases=true >"$mvn_log" 2>&1; then
            tail -n 30 "$mvn_log" >&2
            die "could not download $gav from Maven Central (log: ${mvn_log#"$ROOT"/})"
        fi
        [ -s "$tmp/$file" ] || die "download of $gav did not produce $file"
        mv "$tmp/$file" "$DOWNLOAD_DIR/$file"
        rm -rf "$tmp"
    fi
}

# The integ-test distribution only ships the transport modules. Add the
# analysis-common module, which provides the language analyzers
# (arabic, english, french…), n-gram/edge n-gram tokenizers, asciifolding,
# stemmers and the rest of the "built in" analysis components.
install_analysis_common() {
    local mod="$OS_HOME/modules/analysis-common"
    local jar="analysis-common-${OPENSEARCH_VERSION}.jar"
    if [ -f "$mod/plugin-descriptor.properties" ] && [ -f "$mod/$jar" ]; then
        return
    fi
    fetch_artifact "$ANALYSIS_COMMON_GAV" "$jar" \
        "org/opensearch/plugin/analysis-common/${OPENSEARCH_VERSION}/$jar"
    # The plugin class is CommonAnalysisModulePlugin in OpenSearch 3, CommonAnalysisPlugin in 2.x.
    local class
    class="$(unzip -Z1 "$DOWNLOAD_DIR/$jar" 'org/opensearch/analysis/common/CommonAnalysis*Plugin.class' 2>/dev/null \
        | sed -n 's:^\(.*\)\.class$:\1:p' | tr / . | head -n 1 || true)"
    [ -n "$class" ] || die "$jar does not contain the analysis-common plugin class"
    log "opensearch: adding the analysis-common module…"
    mkdir -p "$mod"
    cp "$DOWNLOAD_DIR/$jar" "$mod/$jar"
    # Upstream declares extended.plugins=lang-painless; that only wires the
    # analysis predicate script contexts into Painless, which is not shipped
    # here, so the module is installed standalone.
    cat >"$mod/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=${OPENSEARCH_VERSION}
name=analysis-common
classname=${class}
java.version=${OS_JAVA_MAJOR}
opensearch.version=${OPENSEARCH_VERSION}
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
}

install_opensearch() {
    if [ ! -x "$OS_HOME/bin/opensearch" ]; then
        local zip="opensearch-${OPENSEARCH_VERSION}.zip"
        fetch_artifact "$OPENSEARCH_DIST_GAV" "$zip" \
            "org/opensearch/distribution/integ-test-zip/opensearch/${OPENSEARCH_VERSION}/$zip"
        log "opensearch: unpacking $zip…"
        local tmp="$SERVICES/.opensearch-unpack"
        rm -rf "$tmp"
        mkdir -p "$tmp"
        unzip -q "$DOWNLOAD_DIR/$zip" -d "$tmp"
        [ -x "$tmp/opensearch-${OPENSEARCH_VERSION}/bin/opensearch" ] || die "unexpected layout in $zip"
        rm -rf "$OS_HOME"
        mv "$tmp/opensearch-${OPENSEARCH_VERSION}" "$OS_HOME"
        rm -rf "$tmp"
    fi
    install_analysis_common
}

write_opensearch_config() {
    cat >"$OS_HOME/config/opensearch.yml" <<EOF
# Written by scripts/services.sh; local single-node development instance.
cluster.name: medclusters
node.name: medclusters-dev
discovery.type: single-node
network.host: 127.0.0.1
http.port: ${SEARCH_PORT}
path.data: ${OS_DATA}/data
path.logs: ${OS_DATA}/logs
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
}

os_get() { curl -fsS --max-time 5 "$SEARCH_URL$1" 2>/dev/null; }

os_health_ok() {
    local body
    body="$(os_get /_cluster/health)" || return 1
    [[ "$body" == *'"status":"green"'* || "$body" == *'"status":"yellow"'* ]]
}

verify_opensearch_analysis() {
    local out
    out="$(curl -fsS --max-time 10 -XPOST "$SEARCH_URL/_analyze" -H 'Content-Type: application/json' \
        -d '{"analyzer":"arabic","text":"المكتبات"}' 2>&1)" \
        || die "opensearch: the arabic analyzer is not available: $out"
    out="$(curl -fsS --max-time 10 -XPOST "$SEARCH_URL/_analyze" -H 'Content-Type: application/json' \
        -d '{"tokenizer":{"type":"edge_ngram","min_gram":2,"max_gram":5},"filter":["lowercase","asciifolding"],"text":"Clinique"}' 2>&1)" \
        || die "opensearch: the edge_ngram tokenizer is not available: $out"
    log "opensearch: analyzers available (arabic, edge_ngram, asciifolding)"
}

start_opensearch() {
    local pid=""
    [ -f "$OS_PIDFILE" ] && pid="$(cat "$OS_PIDFILE" 2>/dev/null || true)"
    if pid_is "$pid" org.opensearch.bootstrap.OpenSearch; then
        local running_port
        running_port="$(cat "$OS_PORTFILE" 2>/dev/null || true)"
        if [ -n "$running_port" ] && [ "$running_port" != "$SEARCH_PORT" ]; then
            die "opensearch is already running on port $running_port, not $SEARCH_PORT; stop it first (make services-stop)"
        fi
    fi
    if pid_is "$pid" org.opensearch.bootstrap.OpenSearch && os_health_ok; then
        log "opensearch: already running (pid $pid)"
        verify_opensearch_analysis
        return
    fi
    if pid_is "$pid" org.opensearch.bootstrap.OpenSearch; then
        # Started earlier and perhaps still booting; give it the usual time.
        log "opensearch: process $pid exists, waiting for it to become healthy…"
    else
        if port_open "$SEARCH_PORT"; then
            die "port $SEARCH_PORT is already in use by another process; stop it or set SEARCH_PORT"
        fi
        find_java
        install_opensearch
        write_opensearch_config
        mkdir -p "$OS_DATA/data" "$OS_DATA/logs"
        rm -f "$OS_PIDFILE"
        echo "$SEARCH_PORT" >"$OS_PORTFILE"

        local run_as=()
        if is_root; then
            if ! id "$OS_USER" >/dev/null 2>&1; then
                log "opensearch: creating system user '$OS_USER'…"
                useradd --system --no-create-home --home-dir "$OS_HOME" \
                    --shell /usr/sbin/nologin "$OS_USER"
            fi
            check_reachable "$OS_USER" "$SERVICES"
            chown -R "$OS_USER:$OS_USER" "$OS_HOME" "$OS_DATA"
            run_as=(runuser -u "$OS_USER" --)
        fi

        log "opensearch: starting $OPENSEARCH_VERSION on 127.0.0.1:$SEARCH_PORT (java: $OS_JAVA_HOME)…"
        : >"$OS_STDOUT"
        if is_root; then chown "$OS_USER:$OS_USER" "$OS_STDOUT"; fi
        if ! (cd "$OS_HOME" && setsid -w "${run_as[@]}" env \
                OPENSEARCH_JAVA_HOME="$OS_JAVA_HOME" \
                JAVA_HOME="$OS_JAVA_HOME" \
                OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m ${OPENSEARCH_EXTRA_JAVA_OPTS:-}" \
                HOME="$OS_HOME" \
                ./bin/opensearch -d -p "$OS_PIDFILE" >>"$OS_STDOUT" 2>&1 </dev/null); then
            tail -n 30 "$OS_STDOUT" >&2 || true
            die "opensearch failed to start (see ${OS_DATA#"$ROOT"/}/logs/)"
        fi
    fi

    local deadline=$((SECONDS + ${OPENSEARCH_START_TIMEOUT:-90}))
    until os_health_ok; do
        pid="$(cat "$OS_PIDFILE" 2>/dev/null || true)"
        if [ -n "$pid" ] && ! pid_alive "$pid"; then
            tail -n 30 "$OS_STDOUT" >&2 || true
            die "opensearch exited during startup (see ${OS_DATA#"$ROOT"/}/logs/)"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            tail -n 30 "$OS_STDOUT" >&2 || true
            die "opensearch did not become healthy within ${OPENSEARCH_START_TIMEOUT:-90}s (see ${OS_DATA#"$ROOT"/}/logs/)"
        fi
        sleep 1
    done
    log "opensearch: ready (pid $(cat "$OS_PIDFILE" 2>/dev/null || echo '?'))"
    verify_opensearch_analysis
}

# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
mkdir -p "$SERVICES"
ensure_packages
start_postgres
start_redis
start_opensearch

cat >"$ENV_FILE.tmp" <<EOF
export DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${PG_PORT}/${DB_NAME}
export REDIS_URL=redis://127.0.0.1:${REDIS_PORT}/1
export CELERY_BROKER_URL=redis://127.0.0.1:${REDIS_PORT}/0
export SEARCH_URL=${SEARCH_URL}
export SEARCH_BACKEND=${OPENSEARCH_BACKEND}
EOF
mv "$ENV_FILE.tmp" "$ENV_FILE"

os_version="$(os_get / | tr -d '\n ' | sed -n 's/.*"number":"\([^"]*\)".*/\1/p' || true)"

log ""
log "versions:"
log "  $("$PG_BIN/postgres" --version)"
log "  $(redis-server --version)"
log "  OpenSearch ${os_version:-unknown}"
log ""
log "environment (written to ${ENV_FILE#"$ROOT"/}; load it with: . ${ENV_FILE#"$ROOT"/}):"
cat "$ENV_FILE"
