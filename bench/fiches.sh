#!/usr/bin/env bash
# Fiches récapitulatives (issue 6), pure Java, no server: prints a generated collège (300 pupils, 2 inscriptions
# each, 2-3 vœux, comptes rendus of 600-1,200 characters) as one PDF N times after a warm-up, alternating with the same
# texts as plain OpenPDF paragraphs measured in the same run.
# Usage: bench/fiches.sh [runs=11] [warm-up=5] [pupils=300] [seed=6]. Builds passpro-ejb's classes and test classes offline.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=passpro-ejb/target/bench-classpath.txt
mvn -q -o -pl passpro-ejb test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" \
    -Dmdep.includeScope=test >/dev/null
java -Xms512m -Xmx512m -cp "passpro-ejb/target/classes:passpro-ejb/target/test-classes:$(cat "$CP_FILE")" \
    fr.passpro.infrastructure.fiche.FichesRecapitulativesBench "${1:-11}" "${2:-5}" "${3:-300}" "${4:-6}"
