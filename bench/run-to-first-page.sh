#!/usr/bin/env bash
# Benchmark: `./passpro run` from a warm Maven cache, with the Payara domain already created, until the first page is
# served (the run command itself waits for it). The domain is stopped first so that each run starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
.payara/payara6/bin/asadmin stop-domain passpro >/dev/null 2>&1 || true
./passpro run >/dev/null
curl -fsS -o /dev/null http://localhost:8080/passpro/login.xhtml
