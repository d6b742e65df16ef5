#!/usr/bin/env bash
# A throwaway Mosquitto MQTT broker for the tests and the live feed demo, on 127.0.0.1 only.
#
#   mqtt_broker.sh start   start it with its own config (or reuse a running one), print its URL
#   mqtt_broker.sh stop    stop it (it saves its queues first) and remove its folder
#   mqtt_broker.sh restart stop it and start it again with the queues it saved (the sessions' messages stay)
#   mqtt_broker.sh url     print the URL (mqtt://127.0.0.1:PORT)
#   mqtt_broker.sh check   exit 0 when mosquitto is installed, 3 (with the reason) if not
#
# Settings (environment):
#   TOWNSHIP_MQTT_DIR   folder of its config, queues and log   (default: $TMPDIR/township-mqtt, else /tmp/township-mqtt)
#   TOWNSHIP_MQTT_PORT  TCP port on 127.0.0.1                   (default: 18830)
#
# Persistence is on (saved every 2 s and when stopped), so the QoS 1 messages queued for a persistent session
# survive a restart of the broker; queues are not limited (a burst of readings is not dropped). Anonymous
# clients may connect: it listens on the loopback only. The URL is the only thing printed on stdout.
set -euo pipefail

MQTT_DIR="${TOWNSHIP_MQTT_DIR:-${TMPDIR:-/tmp}/township-mqtt}"
MQTT_PORT="${TOWNSHIP_MQTT_PORT:-18830}"
CONF="$MQTT_DIR/mosquitto.conf"
PIDFILE="$MQTT_DIR/mosquitto.pid"
MARKER="$MQTT_DIR/township-mqtt-broker"
INSTALL_HINT="install it with: apt-get install -y --no-install-recommends mosquitto (or: make system-deps)"

say() { echo "mqtt_broker: $*" >&2; }
die() { say "$*"; exit 1; }

url() { echo "mqtt://127.0.0.1:$MQTT_PORT"; }

find_bin() {
    if command -v mosquitto >/dev/null; then command -v mosquitto
    elif [[ -x /usr/sbin/mosquitto ]]; then echo /usr/sbin/mosquitto
    fi
}

BIN="$(find_bin)"

check() {
    [[ -n "$BIN" ]] || { say "mosquitto is not installed; $INSTALL_HINT"; exit 3; }
}

running() {
    local pid
    [[ -f "$PIDFILE" ]] || return 1
    pid="$(cat "$PIDFILE")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && [[ "$(ps -o comm= -p "$pid")" == mosquitto* ]]
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$MQTT_PORT") 2>/dev/null; }

ours() { [[ ! -e "$MQTT_DIR" || -f "$MARKER" || -z "$(ls -A "$MQTT_DIR" 2>/dev/null)" ]]; }

start() {
    check
    if [[ -f "$MARKER" ]] && running; then
        [[ "$(cat "$MARKER")" == "$MQTT_PORT" ]] ||
            die "$MQTT_DIR already serves port $(cat "$MARKER"), not $MQTT_PORT: run 'stop' first"
        say "reusing the running broker in $MQTT_DIR"
        url
        return
    fi
    ours || die "$MQTT_DIR exists and was not made by this script: remove it or set TOWNSHIP_MQTT_DIR"
    port_taken && die "port $MQTT_PORT on 127.0.0.1 is in use: stop what holds it or set TOWNSHIP_MQTT_PORT"
    mkdir -p "$MQTT_DIR"
    chmod 700 "$MQTT_DIR"
    echo "$MQTT_PORT" >"$MARKER"
    # As root it stays root (it would otherwise switch to the mosquitto user, who cannot write here).
    cat >"$CONF" <<EOF
user $(id -un)
listener $MQTT_PORT 127.0.0.1
allow_anonymous true
persistence true
persistence_location $MQTT_DIR/
autosave_interval 2
max_queued_messages 1000000
max_inflight_messages 0
set_tcp_nodelay true
pid_file $PIDFILE
log_dest file $MQTT_DIR/mosquitto.log
log_type error
log_type warning
log_type notice
EOF
    say "starting on 127.0.0.1:$MQTT_PORT"
    "$BIN" -c "$CONF" -d || die "mosquitto did not start; see $MQTT_DIR/mosquitto.log"
    local tries=0
    until port_taken; do
        tries=$((tries + 1))
        ((tries < 100)) || die "the broker on port $MQTT_PORT did not get ready; see $MQTT_DIR/mosquitto.log"
        sleep 0.1
    done
    url
}

# Stop the broker's process (SIGTERM: it saves its queues), SIGKILL after 10 s.
halt() {
    local pid tries=0
    pid="$(cat "$PIDFILE")"
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null && ((tries < 100)); do
        tries=$((tries + 1))
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    return 0
}

restart() {
    [[ -f "$MARKER" ]] && running || die "no broker of this script runs in $MQTT_DIR: use 'start'"
    say "restarting the broker in $MQTT_DIR"
    halt
    "$BIN" -c "$CONF" -d || die "mosquitto did not start; see $MQTT_DIR/mosquitto.log"
    local tries=0
    until port_taken; do
        tries=$((tries + 1))
        ((tries < 100)) || die "the broker on port $MQTT_PORT did not get ready; see $MQTT_DIR/mosquitto.log"
        sleep 0.1
    done
    url
}

stop() {
    if [[ ! -e "$MQTT_DIR" ]]; then
        say "no broker in $MQTT_DIR"
        return
    fi
    ours || die "$MQTT_DIR was not made by this script: not removing it"
    if running; then
        say "stopping the broker in $MQTT_DIR"
        halt
    fi
    rm -rf "$MQTT_DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    restart) restart ;;
    url) url ;;
    check) check ;;
    *) die "usage: $0 start|stop|restart|url|check" ;;
esac
