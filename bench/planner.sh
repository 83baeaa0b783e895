#!/usr/bin/env bash
# Interview planner (issue 5), pure Java, no server: plans a generated lycée (1,000 inscriptions in 5 domaines from
# 40 collèges, 1,500 séances) N times after a warm-up, alternating with a naive first-fit measured in the same run.
# Usage: bench/planner.sh [runs=21] [warm-up=200] [seed=5] [inscriptions=1000]. Builds passpro-ejb's classes and test classes offline.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=passpro-ejb/target/bench-classpath.txt
mvn -q -o -pl passpro-ejb test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" \
    -Dmdep.includeScope=test >/dev/null
java -Xms512m -Xmx512m -cp "passpro-ejb/target/classes:passpro-ejb/target/test-classes:$(cat "$CP_FILE")" \
    fr.passpro.domain.planning.PlanificateurBench "${1:-21}" "${2:-200}" "${3:-5}" "${4:-1000}"
