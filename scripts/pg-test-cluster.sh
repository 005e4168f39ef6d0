#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (the CTest fixture "postgres", see tests/CMakeLists.txt and
# the README, "Checking it harder"). Usage:
#   scripts/pg-test-cluster.sh start DIR   # new cluster in DIR, started; writes DIR/connection.env
#   scripts/pg-test-cluster.sh stop DIR    # stops it and removes DIR
# The server listens only on 127.0.0.1 (a free port) and on a socket inside the cluster's folder, with TLS
# (a throw-away CA, DIR/ca.crt, and a certificate for localhost / 127.0.0.1) and SCRAM passwords, for the
# role numberdesk_admin. PostgreSQL refuses to run as root, so as root the server runs as the system user
# numberdesk-pg (created once); otherwise as the current user. Both commands are idempotent. `start` exits
# with 77 (CTest's skip) only when no PostgreSQL server is installed; any other failure is exit 1 with the
# reason and the end of the server's log (DIR/server.log).
set -euo pipefail

SERVICE_USER=numberdesk-pg
ADMIN_ROLE=numberdesk_admin
MARKER=.numberdesk-pg-test

die() {
    echo "pg-test-cluster: $*" >&2
    exit 1
}
say() { echo "pg-test-cluster: $*" >&2; }

usage() {
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
COMMAND=$1
DIR=$(realpath -m -- "$2")
[[ "$DIR" != / ]] || die "refusing to use / as the cluster's folder"

# The newest server installed (Debian: /usr/lib/postgresql/<major>/bin). NUMBERDESK_PG_BINDIR overrides.
find_bindir() {
    if [[ -n "${NUMBERDESK_PG_BINDIR:-}" ]]; then
        [[ -x "$NUMBERDESK_PG_BINDIR/initdb" ]] && echo "$NUMBERDESK_PG_BINDIR"
        return 0
    fi
    local dir
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            echo "$dir"
            return 0
        fi
    done
}

# KEY=VALUE files (connection.env, the marker): prints VALUE of KEY, or nothing.
read_key() {
    local file=$1 key=$2 line
    [[ -f "$file" ]] || return 0
    while IFS= read -r line || [[ -n "$line" ]]; do
        if [[ "$line" == "$key="* ]]; then
            printf '%s\n' "${line#"$key="}"
            return 0
        fi
    done <"$file"
}

# Runs a command as the server's user ($RUNAS), from a folder that user can enter.
as_server() {
    if [[ "$RUNAS" == "$(id -un)" ]]; then
        (cd "$STATE" && "$@")
    else
        (cd "$STATE" && setpriv --reuid="$RUNAS" --regid="$RUNAS_GROUP" --init-groups -- "$@")
    fi
}

server_running() {
    [[ -f "$STATE/data/PG_VERSION" ]] && as_server "$BINDIR/pg_ctl" -D "$STATE/data" status >/dev/null 2>&1
}

log_tail() {
    if [[ -f "$STATE/server.log" ]]; then
        echo "--- end of $STATE/server.log ---" >&2
        tail -n 25 "$STATE/server.log" >&2 || true
    fi
}

# Loads what a previous `start` recorded in DIR's marker; false when DIR holds no cluster of ours.
load_marker() {
    [[ -f "$DIR/$MARKER" ]] || return 1
    STATE=$(read_key "$DIR/$MARKER" STATE)
    RUNAS=$(read_key "$DIR/$MARKER" RUNAS)
    BINDIR=$(read_key "$DIR/$MARKER" BINDIR)
    [[ -n "$STATE" && -n "$RUNAS" && -n "$BINDIR" ]] || return 1
    RUNAS_GROUP=$(id -gn "$RUNAS" 2>/dev/null || echo "$RUNAS")
}

# Never removes a folder that is not a cluster of ours (or empty): `stop ~` must not be a disaster.
remove_ours() {
    local dir=$1
    [[ -d "$dir" ]] || return 0
    if [[ -f "$dir/$MARKER" || -z "$(ls -A "$dir")" ]]; then
        rm -rf -- "$dir"
    else
        die "$dir is not a test cluster made by this script; not removing it"
    fi
}

stop_cluster() {
    [[ -e "$DIR" ]] || return 0
    if load_marker; then
        if [[ -f "$STATE/data/postmaster.pid" ]] && [[ -x "$BINDIR/pg_ctl" ]]; then
            if ! as_server "$BINDIR/pg_ctl" -D "$STATE/data" -m fast -w -t 60 stop >/dev/null 2>&1; then
                # Not running (a stale pid file), or it would not stop: make sure no postmaster of ours stays.
                local pid
                pid=$(head -n 1 "$STATE/data/postmaster.pid" 2>/dev/null || true)
                if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
                    grep -qF "$STATE/data" "/proc/$pid/cmdline" 2>/dev/null; then
                    kill -QUIT "$pid" 2>/dev/null || true
                fi
            fi
        fi
        if [[ "$STATE" != "$DIR" ]]; then
            remove_ours "$STATE"
        fi
    fi
    remove_ours "$DIR"
    say "stopped and removed $DIR"
}

# A TCP port nothing listens on (bash's /dev/tcp connects; refused means free). Random, so that two
# clusters started at the same moment rarely collide; start_server retries when the bind fails anyway.
pick_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "found no free TCP port on 127.0.0.1"
}

make_tls() {
    local tls=$STATE/tls
    mkdir -p "$tls"
    (
        cd "$tls"
        umask 077
        openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 30 \
            -subj "/CN=NumberDesk throw-away test CA" \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
            -keyout ca.key -out ca.crt
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
            -subj "/CN=localhost" -keyout server.key -out server.csr
        printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=critical,CA:FALSE" \
            "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >server.ext
        openssl x509 -req -sha256 -days 30 -in server.csr -CA ca.crt -CAkey ca.key \
            -set_serial "0x$(openssl rand -hex 16)" -extfile server.ext -out server.crt
        openssl verify -CAfile ca.crt server.crt
        # Nobody signs anything else with this CA.
        rm -f ca.key server.csr server.ext
    ) >>"$STATE/setup.log" 2>&1 || die "openssl could not make the certificates (see $STATE/setup.log)"
    chmod 0644 "$tls/ca.crt" "$tls/server.crt"
    chmod 0600 "$tls/server.key"
    cp "$tls/ca.crt" "$DIR/ca.crt"
    chmod 0644 "$DIR/ca.crt"
}

write_config() {
    local port=$1
    cat >"$STATE/data/numberdesk.conf" <<CONF
# Written by scripts/pg-test-cluster.sh: a throw-away test server.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$STATE/socket'
ssl = on
ssl_cert_file = '$STATE/tls/server.crt'
ssl_key_file = '$STATE/tls/server.key'
password_encryption = 'scram-sha-256'
max_connections = 60
shared_buffers = 32MB
fsync = off
full_page_writes = off
synchronous_commit = off
log_line_prefix = '%m [%p] %q%u@%d '
log_connections = on
CONF
    chown "$RUNAS:$RUNAS_GROUP" "$STATE/data/numberdesk.conf"
}

start_server() {
    local port
    for _ in 1 2 3 4 5; do
        port=$(pick_port) || exit 1
        write_config "$port"
        if as_server "$BINDIR/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 start \
            >>"$STATE/setup.log" 2>&1; then
            PORT=$port
            return 0
        fi
        if tail -n 20 "$STATE/server.log" 2>/dev/null | grep -q "could not bind\|Address already in use"; then
            say "port $port was taken meanwhile; trying another"
            continue
        fi
        log_tail
        die "the server did not start (pg_ctl: $(tail -n 1 "$STATE/setup.log"))"
    done
    log_tail
    die "the server did not start: no port was free five times in a row"
}

# psql as the test process would connect: TLS verified against the CA, by name, at 127.0.0.1.
admin_psql() {
    local database=$1
    shift
    PGHOST=localhost PGHOSTADDR=127.0.0.1 PGPORT=$PORT PGUSER=$ADMIN_ROLE PGPASSWORD=$PASSWORD \
        PGDATABASE=$database PGSSLMODE=verify-full PGSSLROOTCERT=$DIR/ca.crt PGCONNECT_TIMEOUT=10 \
        "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"
}

start_cluster() {
    BINDIR=$(find_bindir)
    if [[ -z "$BINDIR" ]]; then
        echo "pg-test-cluster: no PostgreSQL server is installed (no initdb in" \
            "${NUMBERDESK_PG_BINDIR:-/usr/lib/postgresql/*/bin}; Debian: apt install postgresql);" \
            "the tests that need it are skipped" >&2
        exit 77
    fi
    [[ -x "$BINDIR/psql" ]] || die "$BINDIR has no psql (Debian: postgresql-client)"
    command -v openssl >/dev/null || die "openssl is not installed (Debian: apt install openssl)"

    # Idempotent: a cluster of ours that runs and has written its connection file is kept.
    if load_marker && [[ -f "$DIR/connection.env" ]] && server_running; then
        say "already running: $DIR/connection.env"
        return 0
    fi
    if [[ -e "$DIR" ]]; then
        stop_cluster # what an interrupted run left behind
    fi

    if [[ $(id -u) -eq 0 ]]; then
        # PostgreSQL will not run as root: an unprivileged system user runs it, made once.
        if ! getent passwd "$SERVICE_USER" >/dev/null; then
            useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin --comment "NumberDesk test PostgreSQL" "$SERVICE_USER" ||
                getent passwd "$SERVICE_USER" >/dev/null ||
                die "could not create the system user $SERVICE_USER"
        fi
        RUNAS=$SERVICE_USER
    else
        RUNAS=$(id -un)
    fi
    RUNAS_GROUP=$(id -gn "$RUNAS")

    mkdir -p "$DIR"
    chmod 0755 "$DIR"
    STATE=$DIR
    if [[ "$RUNAS" != "$(id -un)" ]]; then
        chown "$RUNAS:$RUNAS_GROUP" "$DIR"
        # A build folder under a home the server's user cannot enter (Ubuntu's homes are 0750): the
        # server's own files go to a private folder in /tmp instead; DIR keeps the connection file.
        if ! setpriv --reuid="$RUNAS" --regid="$RUNAS_GROUP" --init-groups -- test -w "$DIR" -a -x "$DIR"; then
            STATE=$(mktemp -d "${TMPDIR:-/tmp}/numberdesk-pg.XXXXXX")
            chmod 0755 "$STATE"
            chown "$RUNAS:$RUNAS_GROUP" "$STATE"
            say "$RUNAS cannot enter $DIR; the server's files are in $STATE"
        fi
    fi
    printf '%s\n' "STATE=$STATE" "RUNAS=$RUNAS" "BINDIR=$BINDIR" >"$DIR/$MARKER"
    : >"$STATE/setup.log"
    : >"$STATE/server.log"
    if [[ "$STATE" != "$DIR" ]]; then
        touch "$STATE/$MARKER"
        ln -sfn "$STATE/server.log" "$DIR/server.log"
    fi
    mkdir -p "$STATE/socket"
    chmod 0700 "$STATE/socket"

    make_tls

    PASSWORD=$(openssl rand -hex 24)
    local pwfile=$STATE/.pwfile
    (umask 077 && printf '%s\n' "$PASSWORD" >"$pwfile")
    chown -R "$RUNAS:$RUNAS_GROUP" "$STATE/tls" "$STATE/socket" "$STATE/setup.log" "$STATE/server.log" "$pwfile"
    if ! as_server "$BINDIR/initdb" -D "$STATE/data" --username="$ADMIN_ROLE" --pwfile="$pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync \
        >>"$STATE/setup.log" 2>&1; then
        rm -f "$pwfile"
        tail -n 15 "$STATE/setup.log" >&2
        die "initdb failed (see $STATE/setup.log)"
    fi
    rm -f "$pwfile"

    cat >"$STATE/data/pg_hba.conf" <<HBA
# Written by scripts/pg-test-cluster.sh. Loopback only, SCRAM passwords; TLS or not (the product allows
# plain connections on loopback). The hostssl line documents the TLS path; host matches both.
local   all  all                 scram-sha-256
hostssl all  all  127.0.0.1/32   scram-sha-256
host    all  all  127.0.0.1/32   scram-sha-256
HBA
    echo "include 'numberdesk.conf'" >>"$STATE/data/postgresql.conf"
    chown "$RUNAS:$RUNAS_GROUP" "$STATE/data/pg_hba.conf"

    start_server

    # The admin role can do what the tests need, over TLS verified against our CA; pg_trgm installs.
    if ! {
        admin_psql postgres -c "ALTER ROLE $ADMIN_ROLE CREATEDB CREATEROLE" &&
            admin_psql postgres -c "DROP DATABASE IF EXISTS numberdesk_setup_check" &&
            admin_psql postgres -c "CREATE DATABASE numberdesk_setup_check" &&
            admin_psql numberdesk_setup_check -c "CREATE EXTENSION pg_trgm" &&
            [[ "$(admin_psql numberdesk_setup_check -c "SELECT similarity('0123456789', '0123456780') > 0" |
                tail -n 1)" == t ]] &&
            admin_psql postgres -c "DROP DATABASE numberdesk_setup_check"
    } >>"$STATE/setup.log" 2>&1; then
        tail -n 10 "$STATE/setup.log" >&2
        log_tail
        as_server "$BINDIR/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null 2>&1 || true
        die "the server started but the checks over TLS (verify-full) or CREATE EXTENSION pg_trgm failed"
    fi

    if ! getent ahostsv4 localhost 2>/dev/null | grep -q '^127\.0\.0\.1 '; then
        say "warning: 'localhost' does not resolve to 127.0.0.1 here; connect with hostaddr=127.0.0.1" \
            "(PGHOSTADDR), as PostgresTestServer::connect does"
    fi

    # The secrets are for the user running the tests (who ran this script), nobody else.
    local env_tmp=$DIR/.connection.env.tmp
    (
        umask 077
        printf '%s\n' "PGHOST=localhost" "PGHOSTADDR=127.0.0.1" "PGPORT=$PORT" "PGUSER=$ADMIN_ROLE" \
            "PGPASSWORD=$PASSWORD" "PGDATABASE=postgres" "PGSSLMODE=verify-full" "PGSSLROOTCERT=$DIR/ca.crt" \
            "PGBINDIR=$BINDIR" "PGDATA=$STATE/data" "PGRUNAS=$RUNAS" >"$env_tmp"
    )
    mv -f "$env_tmp" "$DIR/connection.env"
    say "$("$BINDIR/postgres" --version) on localhost:$PORT (TLS), runs as $RUNAS;" \
        "$DIR/connection.env"
}

case "$COMMAND" in
start) start_cluster ;;
stop) stop_cluster ;;
*) usage ;;
esac
