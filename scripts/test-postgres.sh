#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the store tests, or stops it.
#   eval "$(scripts/test-postgres.sh start)"   # exports DATELINE_TEST_POSTGRES and DATELINE_TEST_PGDATA
#   scripts/test-postgres.sh stop "$DATELINE_TEST_PGDATA"
# PostgreSQL refuses to run as root, so when run as root the cluster belongs to the `postgres` user.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "test-postgres: no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
case "${1:-}" in
  start)
    port=${DATELINE_TEST_PGPORT:-55432}
    # The next free port, so that a server someone else started is left alone.
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    dir=$(mktemp -d /tmp/dateline-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --no-sync" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=50\" start" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export DATELINE_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres"
    echo "export DATELINE_TEST_PGDATA=$dir"
    ;;
  stop)
    dir=${2:?the folder printed by start}
    as "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
