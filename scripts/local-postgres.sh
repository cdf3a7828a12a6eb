#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback in a folder of its own, for tests and benchmarks.
# Usage: source scripts/local-postgres.sh; start_local_postgres; ...; stop_local_postgres
# Exports HEARTH_PG_URL (an admin URL). PostgreSQL refuses to run as root, so as root it runs as `postgres`.
set -euo pipefail

ensure_postgres_installed() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}

start_local_postgres() {
  ensure_postgres_installed
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  HEARTH_PG_DIR=$(mktemp -d /tmp/hearth-pg.XXXXXX)
  HEARTH_PG_PORT=${HEARTH_PG_PORT:-54329}
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$HEARTH_PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$HEARTH_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$HEARTH_PG_DIR/initdb.log"
  # Tests may trade durability for speed (HEARTH_PG_FAST=1); benchmarks keep PostgreSQL's durable defaults.
  local opts="-h 127.0.0.1 -p $HEARTH_PG_PORT -k $HEARTH_PG_DIR -c max_connections=200"
  if [ "${HEARTH_PG_FAST:-0}" = 1 ]; then opts="$opts -c fsync=off -c synchronous_commit=off"; fi
  "${run[@]}" "$bin/pg_ctl" -D "$HEARTH_PG_DIR/data" -l "$HEARTH_PG_DIR/server.log" -w -o "$opts" start >/dev/null
  HEARTH_PG_BIN=$bin
  HEARTH_PG_RUN="${run[*]}"
  export HEARTH_PG_DIR HEARTH_PG_PORT HEARTH_PG_BIN HEARTH_PG_RUN
  export HEARTH_PG_URL="postgres://postgres@127.0.0.1:$HEARTH_PG_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is up on 127.0.0.1:$HEARTH_PG_PORT ($HEARTH_PG_DIR)"
}

stop_local_postgres() {
  if [ -n "${HEARTH_PG_DIR:-}" ] && [ -d "$HEARTH_PG_DIR/data" ]; then
    # shellcheck disable=SC2086
    $HEARTH_PG_RUN "$HEARTH_PG_BIN/pg_ctl" -D "$HEARTH_PG_DIR/data" -m fast stop >/dev/null || true
    rm -rf "$HEARTH_PG_DIR"
  fi
}
