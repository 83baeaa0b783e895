#!/usr/bin/env bash
# Passpro: run once by the official MariaDB image (mounted in /docker-entrypoint-initdb.d/), when it initialises an
# empty data volume. It creates the database and its user from the repository's create-database.sql, rendered by the
# same render.sh as ./passpro (both mounted in /opt/passpro/ by compose.yaml), with PASSPRO_DB_NAME, PASSPRO_DB_USER
# and PASSPRO_DB_PASSWORD of the mariadb service.
# create-database.sql creates the user @'localhost' and @'127.0.0.1'; here the application connects from another
# container, so the same user is also created @'%' with the same grants.
set -euo pipefail
conf=/opt/passpro

{
    bash "$conf/render.sh" "$conf/create-database.sql"
    bash "$conf/render.sh" <(cat <<'SQL'
CREATE USER IF NOT EXISTS '@DB_USER@'@'%' IDENTIFIED BY '@DB_PASSWORD@';
GRANT ALL PRIVILEGES ON `@DB_NAME@`.* TO '@DB_USER@'@'%';
FLUSH PRIVILEGES;
SQL
)
} | mariadb -uroot -p"$MARIADB_ROOT_PASSWORD"
echo "[passpro] Base ${PASSPRO_DB_NAME:-passpro} et utilisateur ${PASSPRO_DB_USER:-passpro} créés."
