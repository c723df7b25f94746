# Starts a private PostgreSQL cluster on 127.0.0.1 for the test run and exports CALLFLOW_TEST_POSTGRES.
# Sourced by .ci/run; usable by hand: `source .ci/postgres.sh && start_test_postgres`.
PG_TEST_DIR=${PG_TEST_DIR:-/tmp/callflow-pg}
PG_TEST_PORT=${PG_TEST_PORT:-55432}

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "ci: postgresql is not installed; PostgreSQL tests will be skipped" >&2
    return 0
  fi
  # A cluster left running in the folder from an earlier start would lose its files under it: stop it first.
  stop_test_postgres
  rm -rf "$PG_TEST_DIR"
  mkdir -p "$PG_TEST_DIR"
  chown postgres "$PG_TEST_DIR" 2>/dev/null || true
  local as_pg=()
  [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  "${as_pg[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U callflow --auth=trust >/dev/null
  "${as_pg[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c max_connections=200 -c fsync=off" start >/dev/null
  "$bin/createdb" -h 127.0.0.1 -p "$PG_TEST_PORT" -U callflow callflow_test
  export CALLFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=callflow;Database=callflow_test"
  echo "ci: PostgreSQL ready on 127.0.0.1:$PG_TEST_PORT"
}

stop_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -d "$PG_TEST_DIR/data" ] || return 0
  local as_pg=()
  [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  "${as_pg[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
}
