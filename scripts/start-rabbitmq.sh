#!/usr/bin/env bash
# Sourced by test.sh: makes a local RabbitMQ broker available for the broker tests and exports
# CORROBORATE_TEST_AMQP. Installs and starts it only when running as root on Debian; anything that fails prints
# one line and leaves the variable unset, so those tests skip with a reason. Idempotent: a running broker is reused.
start_rabbitmq() {
  if [ -n "${CORROBORATE_TEST_AMQP:-}" ]; then return 0; fi
  local url=amqp://guest:guest@127.0.0.1:5672/
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    command -v rabbitmqctl >/dev/null 2>&1 && rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1 \
      && export CORROBORATE_TEST_AMQP=$url && return 0
    echo "test.sh: no RabbitMQ broker (needs root on Debian to install it); broker tests will be skipped" >&2
    return 0
  fi
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    # Only refresh the package lists when the package is not installable from them as they are.
    { apt-get install -s -qq rabbitmq-server >/dev/null 2>&1 || apt-get update -qq >/dev/null 2>&1; } \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null 2>&1 \
      || { echo "test.sh: could not install rabbitmq-server; broker tests will be skipped" >&2; return 0; }
  fi
  if ! rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then
    # No systemd here: start the node detached and wait for it to boot (a cold start takes a few seconds).
    # await_startup fails at once until the node answers at all, hence the loop around it.
    rabbitmq-server -detached >/dev/null 2>&1
    local deadline=$((SECONDS + 60))
    until rabbitmqctl -q await_startup --timeout 10 >/dev/null 2>&1; do
      [ "$SECONDS" -ge "$deadline" ] && break
      sleep 1
    done
    if ! rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then
      echo "test.sh: rabbitmq-server did not start; broker tests will be skipped" >&2
      return 0
    fi
  fi
  export CORROBORATE_TEST_AMQP=$url
}
