#!/usr/bin/env bash
# Sourced by test.sh: makes a local PostgreSQL server available for the store tests and exports
# CORROBORATE_TEST_POSTGRES (a role that may create databases: each test makes and drops its own). Installs and
# starts it only when running as root on Debian; anything that fails prints one line and leaves the variable
# unset, so those tests skip with a reason. Idempotent: a running cluster and an existing role are reused.
postgres_for_tests() {
  command -v pg_lsclusters >/dev/null 2>&1 \
    || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || return 1
  local version port
  version=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" {print $1}' | sort -n | tail -1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$version" ] && pg_createcluster "$version" main >/dev/null 2>&1 || return 1
  fi
  pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q . \
    || pg_ctlcluster "$version" main start >/dev/null 2>&1 || return 1
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  runuser -u postgres -- psql -qXtA -p "$port" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corroborate_test') THEN
        CREATE ROLE corroborate_test LOGIN CREATEDB PASSWORD 'corroborate_test';
      END IF; END \$\$;" >/dev/null 2>&1 || return 1
  export CORROBORATE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=corroborate_test;Password=corroborate_test;Database=postgres"
}

start_postgres() {
  if [ -n "${CORROBORATE_TEST_POSTGRES:-}" ]; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1 || ! postgres_for_tests; then
    echo "test.sh: no PostgreSQL server for tests (set CORROBORATE_TEST_POSTGRES); PostgreSQL tests will be skipped" >&2
  fi
  return 0
}
