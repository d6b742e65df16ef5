#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS server for the tests, on 127.0.0.1 only.
#
#   pg_server.sh start   make the cluster (or reuse a running one), print its SQLAlchemy URL
#   pg_server.sh stop    stop it and remove its folder
#   pg_server.sh url     print the URL
#   pg_server.sh check   exit 0 when PostgreSQL and PostGIS are installed, 3 (with the reason) if not
#
# Settings (environment):
#   TOWNSHIP_PG_DIR   folder of the cluster   (default: $TMPDIR/township-pg, else /tmp/township-pg)
#   TOWNSHIP_PG_PORT  TCP port on 127.0.0.1   (default: 54329)
#   TOWNSHIP_PG_BIN   folder of pg_ctl/initdb (default: /usr/lib/postgresql/15/bin, else pg_ctl on PATH)
#
# The server refuses to run as root, so as root (CI) it runs as the `postgres` user, which owns
# the folder; as a normal user it runs as that user. The URL is the only thing printed on stdout.
set -euo pipefail

PG_DIR="${TOWNSHIP_PG_DIR:-${TMPDIR:-/tmp}/township-pg}"
PG_PORT="${TOWNSHIP_PG_PORT:-54329}"
PG_USER=township_admin
PG_PASSWORD=township_admin
PG_DATABASE=township_test
DATA="$PG_DIR/data"
MARKER="$PG_DIR/township-pg-server"
INSTALL_HINT="install them with: apt-get install -y --no-install-recommends postgresql-15 postgresql-15-postgis-3 (or: make system-deps)"

say() { echo "pg_server: $*" >&2; }
die() { say "$*"; exit 1; }

url() { echo "postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"; }

find_bin() {
    if [[ -n "${TOWNSHIP_PG_BIN:-}" ]]; then
        echo "$TOWNSHIP_PG_BIN"
    elif [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then
        echo /usr/lib/postgresql/15/bin
    elif command -v pg_ctl >/dev/null; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
    fi
}

BIN="$(find_bin)"

# Exit 3 with the reason when something the server needs is missing.
check() {
    local tool share
    [[ -n "$BIN" ]] || { say "PostgreSQL is not installed (no pg_ctl); $INSTALL_HINT"; exit 3; }
    for tool in initdb pg_ctl postgres pg_isready psql; do
        [[ -x "$BIN/$tool" ]] || { say "$BIN/$tool is missing; $INSTALL_HINT"; exit 3; }
    done
    share="$BIN/../share/postgresql"
    [[ -x "$BIN/pg_config" ]] && share="$("$BIN/pg_config" --sharedir)"
    [[ -f "$share/extension/postgis.control" ]] || {
        say "PostGIS is not installed for the PostgreSQL in $BIN; $INSTALL_HINT"; exit 3; }
    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        say "running as root needs the 'postgres' user to run the server; $INSTALL_HINT"; exit 3
    fi
}

# Run a server command as the user who owns the cluster (postgres when we are root).
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd "$PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_DIR" && "$@")
    fi
}

# True when the cluster's postmaster is alive (a killed one may linger as a zombie: not alive).
running() {
    local pid state
    [[ -f "$DATA/postmaster.pid" ]] || return 1
    pid="$(head -n 1 "$DATA/postmaster.pid")"
    state="$(ps -o stat=,comm= -p "$pid" 2>/dev/null)" || return 1
    [[ "$state" != Z* && "$state" == *postgres* ]]
}

# Stop the cluster: fast (ends sessions), else immediate.
halt() {
    as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 30 >/dev/null 2>&1 ||
        as_owner "$BIN/pg_ctl" stop -D "$DATA" -m immediate -w -t 10 >/dev/null 2>&1 ||
        say "the server in $PG_DIR did not stop"
}

# True when the folder is absent, empty or made by this script: the only ones it may remove.
ours() { [[ ! -e "$PG_DIR" || -f "$MARKER" || -z "$(ls -A "$PG_DIR" 2>/dev/null)" ]]; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; }

psql_admin() {
    PGPASSWORD="$PG_PASSWORD" PGOPTIONS="-c client_min_messages=warning" \
        "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$@"
}

# Wait up to $1 seconds for the server to accept connections.
ready_within() {
    local tries=0
    until "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; do
        tries=$((tries + 1))
        ((tries < $1 * 2)) || return 1
        sleep 0.5
    done
}

# The role, database and extension; safe to run again on a running cluster.
prepare_database() {
    if [[ -z "$(psql_admin -d postgres -tA -c \
        "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" ]]; then
        psql_admin -d postgres -c "CREATE DATABASE $PG_DATABASE"
    fi
    psql_admin -d "$PG_DATABASE" -c "CREATE EXTENSION IF NOT EXISTS postgis"
}

start() {
    check
    if [[ -f "$MARKER" ]] && running; then
        [[ "$(cat "$MARKER")" == "$PG_PORT" ]] ||
            die "$PG_DIR already serves port $(cat "$MARKER"), not $PG_PORT: run 'stop' first"
        if ready_within 10; then
            say "reusing the running server in $PG_DIR"
            prepare_database
            url
            return
        fi
        say "the server in $PG_DIR does not answer: starting afresh"
        halt
    fi
    ours || die "$PG_DIR exists and was not made by this script: remove it or set TOWNSHIP_PG_DIR"
    port_taken && die "port $PG_PORT on 127.0.0.1 is in use: stop what holds it or set TOWNSHIP_PG_PORT"
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    chmod 700 "$PG_DIR"
    echo "$PG_PORT" >"$MARKER"
    printf '%s\n' "$PG_PASSWORD" >"$PG_DIR/pwfile"
    if [[ $EUID -eq 0 ]]; then
        chown -R postgres: "$PG_DIR"
        runuser -u postgres -- test -w "$PG_DIR" ||
            die "the postgres user cannot reach $PG_DIR: set TOWNSHIP_PG_DIR to a folder it can enter (e.g. under /tmp)"
    fi
    say "initialising a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U "$PG_USER" --pwfile="$PG_DIR/pwfile" -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    rm -f "$PG_DIR/pwfile"
    # Throwaway data: no durability, TCP on loopback only, no Unix socket to clash with others.
    as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    say "starting on 127.0.0.1:$PG_PORT"
    as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$PG_DIR/postgres.log" -w -t 60 >/dev/null ||
        { tail -n 20 "$PG_DIR/postgres.log" >&2 || true; die "the server did not start"; }
    ready_within 60 || die "the server on port $PG_PORT did not get ready; see $PG_DIR/postgres.log"
    prepare_database
    url
}

stop() {
    if [[ ! -e "$PG_DIR" ]]; then
        say "no server in $PG_DIR"
        return
    fi
    ours || die "$PG_DIR was not made by this script: not removing it"
    if running; then
        say "stopping the server in $PG_DIR"
        halt
    fi
    rm -rf "$PG_DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    check) check ;;
    *) die "usage: $0 start|stop|url|check" ;;
esac
