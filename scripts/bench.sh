#!/usr/bin/env bash
# npm run bench: the platform benchmark on PGlite and on a throw-away PostgreSQL server on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${HEARTH_BENCH_DATABASE_URL:-}" ]; then
  source scripts/local-postgres.sh
  if start_local_postgres; then
    trap stop_local_postgres EXIT
    export HEARTH_BENCH_DATABASE_URL="$HEARTH_PG_URL"
  fi
fi
node bin/hearth.js bench "$@"
# Advance calendaring of 5,000 new petitions in a district of 6 judges (BENCHMARKS.md, issue 4).
node --import tsx bench/calendar.ts
# hearth cqi over 50,000 and 1,000,000 generated children, against one worker (BENCHMARKS.md, issue 5).
node --import tsx bench/cqi.ts
# The outcome-indicator dashboard's read of 20,000 children (BENCHMARKS.md, issue 5).
node --import tsx bench/cqi-dashboard.ts
# A unit's monthly caseworker-visit compliance over 20,000 children (BENCHMARKS.md, issue 6).
node --import tsx bench/contacts.ts
# The judge's bench view of a hearing over 20,000 children (BENCHMARKS.md, issue 6).
node --import tsx bench/bench-view.ts
