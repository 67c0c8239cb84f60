#!/usr/bin/env bash
# Runs every test: installs what tests need, builds once, runs each test project, and ends with one summary line.
# Quality gates (evaluation floors) run too when ../shared/data is present; they skip politely when it is absent.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (dotnet) is required; see README.md" >&2
  exit 2
fi

# Browser tests drive Debian's Chromium; install it when we can (root on Debian) and it is missing.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && [ -d tests/Corroborate.Server.Tests ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
    || echo "test.sh: could not install chromium; browser tests will be skipped" >&2
fi

# Servers the store and broker tests use (each script installs and starts its own when root on Debian, or says
# why those tests will be skipped).
# shellcheck source=scripts/start-postgres.sh
. scripts/start-postgres.sh
start_postgres
# shellcheck source=scripts/start-rabbitmq.sh
. scripts/start-rabbitmq.sh
start_rabbitmq

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build Corroborate.slnx -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Build succeeded|FAILED" | sort -u
if ! grep -q "Build succeeded" "$log"; then
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Corroborate.slnx -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE "Skipped: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
