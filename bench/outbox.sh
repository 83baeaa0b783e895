#!/usr/bin/env bash
# Outbox throughput beside a bare Jakarta Mail loop, in one run (issue 5).
#   A = N convocation mails (text, HTML, PDF, invitation) queued in the outbox, then sent by EnvoiCourriers batch after
#       batch to a local SMTP server, timed from the first claim to the empty queue (database claims and status
#       updates included);
#   B = the same N messages sent by a bare Transport.send loop to the same server, from the same Payara.
# Runs inside the test domain of ./passpro test (CourrielsBench), against a GreenMail of its own on port 3125.
# Usage: bench/outbox.sh [N] [tours]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
TOURS=${2:-2}
PORT=${BENCH_SMTP_PORT:-3125}
JAR=.payara/lib/greenmail-standalone.jar
LOG=$(mktemp)
java -Xmx3g -Dgreenmail.smtp.port="$PORT" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$((PORT + 5000)) -jar "$JAR" >"$LOG" 2>&1 &
SMTP=$!
trap 'kill $SMTP 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.5; done
./passpro test -Dit.test=CourrielsBench -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.courriels="$N" -Dbench.tours="$TOURS" -Dbench.smtp.port="$PORT" >"$LOG.build" 2>&1 \
    || { tail -40 "$LOG.build"; exit 1; }
# The test domain's temporary directory (see ./passpro: one per domain).
cat "$(find .payara -path '*passpro-test*' -name passpro-bench-courriels.txt -newer "$LOG" | head -1)"
