#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL 15 server on 127.0.0.1, then stop it.
#
#   scripts/with-postgres.sh COMMAND [ARGS...]
#
# The server lives in a temporary folder (initdb as the postgres user when run as
# root; initdb refuses root), listens on loopback only, trusts local connections
# and is removed at the end whatever the command's outcome. The command sees
# SUMMITRY_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
# and its exit status is this script's. If PostgreSQL is not installed and we are
# root, it is installed from Debian (it is in the machine image already).
set -euo pipefail

find_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ] \
        && { pg_config --bindir; return 0; }
    return 1
}

PGBIN=$(find_bindir || true)
if [ -z "$PGBIN" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "with-postgres: installing PostgreSQL from Debian" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PGBIN=$(find_bindir)
    else
        echo "with-postgres: PostgreSQL (initdb) not found; install the postgresql package" >&2
        exit 1
    fi
fi

PGROOT=$(mktemp -d /tmp/summitry-pg.XXXXXX)
PGPORT=${SUMMITRY_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PGROOT"
    AS=(runuser -u postgres --)
else
    AS=()
fi
chmod 700 "$PGROOT"

stop() {
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGROOT"
}
trap stop EXIT

PGPASSWORD_VALUE="summitry-$RANDOM$RANDOM"
printf '%s\n' "$PGPASSWORD_VALUE" >"$PGROOT/pwfile"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT/pwfile"
"${AS[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$PGROOT/pwfile" -E UTF8 --locale=C.UTF-8 \
    >"$PGROOT/initdb.log" 2>&1 || { cat "$PGROOT/initdb.log" >&2; exit 1; }
rm -f "$PGROOT/pwfile"
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGROOT -c fsync=off" start >/dev/null \
    || { cat "$PGROOT/server.log" >&2; exit 1; }

export SUMMITRY_TEST_POSTGRES_URL="postgresql+psycopg://postgres:$PGPASSWORD_VALUE@127.0.0.1:$PGPORT/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2
set +e
"$@"
status=$?
set -e
exit $status
