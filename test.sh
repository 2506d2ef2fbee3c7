#!/usr/bin/env bash
# Runs every test Pathway has: unit, integration, specs and browser tests, then the storage,
# runtime, timer and host suites again on PostgreSQL.
# Installs what the tests need first (the front end's npm packages; Debian's chromium for
# the browser tests; Debian's postgresql for the second pass), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f designer-host/frontend/package.json ]; then
  # The host build runs the Vite build itself; here the front end's own unit tests run.
  (cd designer-host/frontend && npm ci --no-audit --no-fund && npm test)
fi

# The browser tests drive Debian's chromium (never a downloaded browser).
command -v chromium >/dev/null || (export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q chromium)

dotnet tool restore >/dev/null
log=$(mktemp)
results=$(mktemp -d)
set +e
# The trx files carry each skipped test's reason (the console shows only its name).
dotnet test Pathway.sln -c Release --logger trx --results-directory "$results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The second pass: a throwaway PostgreSQL cluster on loopback (tools/postgres-cluster.sh), and
# the suites that touch storage run again with PATHWAY_TEST_DATABASE=postgres (each test makes
# and drops its own database). Pathway.Runtime.Tests holds the storage, runtime and timer
# (crash/restart on Quartz's clustered store) tests; Pathway.Host.Tests the HTTP API.
pg=$(mktemp -d)
chmod 755 "$pg"
trap 'tools/postgres-cluster.sh stop "$pg/cluster"' EXIT
export PATHWAY_TEST_POSTGRES
PATHWAY_TEST_POSTGRES=$(tools/postgres-cluster.sh start "$pg/cluster" 55432)
for suite in tests/Pathway.Runtime.Tests tests/Pathway.Host.Tests; do
  set +e
  PATHWAY_TEST_DATABASE=postgres dotnet test "$suite" -c Release --no-build 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  set -e
done

# The failover test: three hosts on one PostgreSQL database, SIGKILLed and restarted while
# referrals and 5-second timers run through them (tools/failover/run.sh prints the counts).
tools/postgres-cluster.sh stop "$pg/cluster"
trap - EXIT
set +e
tools/failover/run.sh 30 4 2>&1 | grep -v ' Killed ' | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || status=1
set -e

# Why tests were skipped, one line per distinct reason (e.g. the corpus is not beside this clone;
# see tests/Shared/Corpus.cs), then one closing line summed over the test assemblies.
awk '
  /<UnitTestResult / { skipped = /outcome="NotExecuted"/ }
  skipped && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); n[$0]++; skipped = 0 }
  END { for (reason in n) printf "skipped %d: %s\n", n[reason], reason }' "$results"/*.trx 2>/dev/null || true
awk '/^(Passed|Failed|Skipped)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -rf "$results"
exit "$status"
