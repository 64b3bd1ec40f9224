#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on loopback for the tests.
#   postgres.sh start ENV_FILE   initdb in a fresh temporary folder, start on a free
#                                port with SCRAM passwords, write the address to ENV_FILE
#   postgres.sh stop ENV_FILE    stop that server and remove its folder
#   postgres.sh pause ENV_FILE   stop it at once, as a crash would, keeping its data
#   postgres.sh resume ENV_FILE  start it again where it was, on the same port
# With PC_TEST_PG_DURABLE=1 a commit is on disk when it returns, as on a real
# server (a server stopped by pause then loses nothing committed); otherwise
# commits are flushed a moment later, which is quicker.
# With PC_TEST_PG_TLS=1 it offers TLS, with a certificate of its own.
# initdb refuses to run as root: as root the server runs as the postgres user.
set -euo pipefail

command=${1:?start or stop}
env_file=${2:?path of the environment file}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL server binaries are missing: run packaging/install-deps.sh --tests" >&2
    exit 1
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
fi

stop_server() {
    [ -f "$env_file" ] || return 0
    local dir
    dir=$(sed -n 's/^PC_TEST_PG_DIR=//p' "$env_file")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$env_file"
}

server_dir() {
    sed -n 's/^PC_TEST_PG_DIR=//p' "$env_file"
}

case "$command" in
start)
    stop_server
    dir=$(mktemp -d /tmp/privacy-console-pg.XXXXXX)
    chmod 755 "$dir"
    password="pc-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$dir/password"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir"; fi
    "${as_server[@]}" "$pg_bin/initdb" -D "$dir/data" -U pc_admin --pwfile="$dir/password" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    tls=""
    if [ "${PC_TEST_PG_TLS:-0}" = 1 ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
            -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
        chmod 600 "$dir/server.key"
        if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/server.key" "$dir/server.crt"; fi
        tls="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
    fi
    commits="-c synchronous_commit=off"
    if [ "${PC_TEST_PG_DURABLE:-0}" = 1 ]; then commits="-c synchronous_commit=on"; fi
    started=0
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM % 30000) ))
        options="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off $commits -c full_page_writes=off -c max_connections=60 $tls"
        if "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o "$options" \
            start >/dev/null 2>&1; then
            printf '%s\n' "$options" > "$dir/options"
            started=1
            break
        fi
    done
    if [ "$started" -ne 1 ]; then
        echo "Could not start the test PostgreSQL server:" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    cat > "$env_file" <<ENV
PC_TEST_PG_DIR=$dir
PC_TEST_PG_HOST=127.0.0.1
PC_TEST_PG_PORT=$port
PC_TEST_PG_USER=pc_admin
PC_TEST_PG_PASSWORD=$password
ENV
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
    ;;
stop)
    stop_server
    ;;
pause)
    dir=$(server_dir)
    "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
resume)
    dir=$(server_dir)
    "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" \
        start >/dev/null
    ;;
*)
    echo "usage: $0 start|stop|pause|resume ENV_FILE" >&2
    exit 2
    ;;
esac
