#!/usr/bin/env bash
# End-to-end planning of a lycée (issue 5), beside the bare planner on the same data, in one run:
#   A = PlanningService.planifier for 1,000 candidates and about 1,500 séances: reading, planning, and 1,000
#       convocations with their PDF, invitation and queued mail, in one transaction;
#   B = Planificateur.planifier alone on the same candidates and séances.
# Runs inside the test domain of ./passpro test (PlanificationBench). Usage: bench/planification.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MARK=$(mktemp)
trap 'rm -f "$MARK" "$MARK.build"' EXIT
./passpro test -Dit.test=PlanificationBench -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false >"$MARK.build" 2>&1 \
    || { tail -40 "$MARK.build"; exit 1; }
cat "$(find .payara -path '*passpro-test*' -name passpro-bench-planification.txt -newer "$MARK" | head -1)"
