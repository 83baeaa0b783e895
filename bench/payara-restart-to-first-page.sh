#!/usr/bin/env bash
# Baseline for run-to-first-page.sh: the same Payara domain, application already deployed, restarted until the same
# page is served. The difference is what the run command adds (build, database check, redeployment).
set -euo pipefail
cd "$(dirname "$0")/.."
.payara/payara6/bin/asadmin stop-domain passpro >/dev/null 2>&1 || true
.payara/payara6/bin/asadmin start-domain passpro >/dev/null
until curl -fsS -o /dev/null http://localhost:8080/passpro/login.xhtml 2>/dev/null; do sleep 0.2; done
