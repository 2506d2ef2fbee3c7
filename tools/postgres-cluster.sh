#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the tests and the failover run.
#   tools/postgres-cluster.sh start <dir> [port]   initdb + start (installs Debian's postgresql if missing);
#                                                  prints the connection string
#   tools/postgres-cluster.sh stop <dir>           stops it and deletes the folder
# Durability settings are relaxed (fsync off): the data is thrown away after the run.
set -euo pipefail
verb=${1:?start or stop} dir=${2:?folder} port=${3:-55432}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

case "$verb" in
  start)
    if [ -z "$(pgbin)" ]; then
      (export DEBIAN_FRONTEND=noninteractive; apt-get update -q >&2 && apt-get install -y -q postgresql >&2)
    fi
    bin=$(pgbin)
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    bin=$(pgbin)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "start or stop" >&2; exit 2 ;;
esac
