#!/usr/bin/env bash
# Replaces the @NAME@ tokens of a Passpro configuration file (asadmin commands or SQL) with the values of the
# environment, and prints the result. Used by ./passpro and by the Docker image, so that both configure Payara and
# MariaDB from the same files.
#
#   render.sh <file>      reads PASSPRO_DB_HOST, PASSPRO_DB_PORT, PASSPRO_DB_NAME, PASSPRO_DB_USER, PASSPRO_DB_PASSWORD,
#                         PASSPRO_SMTP_HOST, PASSPRO_SMTP_PORT, PASSPRO_SMTP_USER, PASSPRO_MAIL_FROM, PASSPRO_HEAP,
#                         PASSPRO_DEMO, PASSPRO_HTTP_THREADS, PASSPRO_DB_POOL_MAX (defaults below: a production-like
#                         configuration for the 2-core reference machine, no demo data).
set -euo pipefail
file=${1:?usage: render.sh <file>}

: "${PASSPRO_DB_HOST:=127.0.0.1}"
: "${PASSPRO_DB_PORT:=3306}"
: "${PASSPRO_DB_NAME:=passpro}"
: "${PASSPRO_DB_USER:=passpro}"
: "${PASSPRO_DB_PASSWORD:=passpro}"
: "${PASSPRO_SMTP_HOST:=127.0.0.1}"
: "${PASSPRO_SMTP_PORT:=25}"
: "${PASSPRO_SMTP_USER:=passpro}"
: "${PASSPRO_MAIL_FROM:=passpro@ac-creteil.fr}"
: "${PASSPRO_HEAP:=1024m}"
: "${PASSPRO_DEMO:=false}"
# Request threads and application connections: see resources.asadmin for the reasons of these defaults.
: "${PASSPRO_HTTP_THREADS:=16}"
: "${PASSPRO_DB_POOL_MAX:=40}"

for v in PASSPRO_HTTP_THREADS PASSPRO_DB_POOL_MAX; do
    if [[ ! ${!v} =~ ^[1-9][0-9]{0,3}$ ]]; then
        echo "Passpro : $v doit être un nombre entier positif." >&2
        exit 2
    fi
done

for v in PASSPRO_DB_PASSWORD PASSPRO_DB_USER PASSPRO_DB_NAME; do
    # Values go into asadmin property lists and SQL literals: keep them to characters that need no escaping.
    if [[ ! ${!v} =~ ^[A-Za-z0-9_.-]+$ ]]; then
        echo "Passpro : $v ne doit contenir que des lettres, chiffres, '.', '_' ou '-'." >&2
        exit 2
    fi
done

sed -e "s|@DB_HOST@|${PASSPRO_DB_HOST}|g" \
    -e "s|@DB_PORT@|${PASSPRO_DB_PORT}|g" \
    -e "s|@DB_NAME@|${PASSPRO_DB_NAME}|g" \
    -e "s|@DB_USER@|${PASSPRO_DB_USER}|g" \
    -e "s|@DB_PASSWORD@|${PASSPRO_DB_PASSWORD}|g" \
    -e "s|@SMTP_HOST@|${PASSPRO_SMTP_HOST}|g" \
    -e "s|@SMTP_PORT@|${PASSPRO_SMTP_PORT}|g" \
    -e "s|@SMTP_USER@|${PASSPRO_SMTP_USER}|g" \
    -e "s|@MAIL_FROM@|${PASSPRO_MAIL_FROM}|g" \
    -e "s|@HEAP@|${PASSPRO_HEAP}|g" \
    -e "s|@DEMO@|${PASSPRO_DEMO}|g" \
    -e "s|@HTTP_THREADS@|${PASSPRO_HTTP_THREADS}|g" \
    -e "s|@DB_POOL_MAX@|${PASSPRO_DB_POOL_MAX}|g" \
    "$file"
