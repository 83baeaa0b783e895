#!/usr/bin/env bash
# Catalogue import throughput, with its ceiling measured in the same run (issue 3).
#   A = the importCatalogue job on a file of N generated formations (CSV), uploaded on the admin page like an admin
#       would, timed from the upload to the end of the job (status read in MariaDB every 0.2 s);
#   B = the same file loaded into a plain table of MariaDB with LOAD DATA LOCAL INFILE (the ceiling).
# Needs Passpro running (./passpro run, http://localhost:8080) with its demo. Usage: bench/catalogue-import.sh [N] [runs]
set -euo pipefail
N=${1:-20000}
RUNS=${2:-3}
BASE=${PASSPRO_URL:-http://localhost:8080/passpro}
DB=${PASSPRO_DB_NAME:-passpro}
SQL="mariadb --protocol=socket -uroot $DB"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The six formations of the demo (kept, so that the demo catalogue stays as it was), then N formations in N/100
# lycées of the Val-de-Marne (valid UAI check letters), half CAP half 2de pro.
generate() {
    awk -v n="$N" -v seed="$1" -v demo="$(sed -n '2,7p' "$(dirname "$0")/demo-catalogue.csv")" 'BEGIN {
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        print "Domaine;Département;Ville;UAI établissement;Établissement;UAI accueil-référent;Code formation;Libellé formation;Diplôme;Famille de métiers;Modalité d’entretien;Observations"
        print demo
        for (i = 0; i < n; i++) {
            lycee = int(i / 100); digits = sprintf("094%04d", 5000 + lycee)
            uai = digits substr(letters, (digits % 23) + 1, 1)
            cap = i % 2 == 0
            cfd = sprintf("%s%05d", cap ? "500" : "400", i)
            printf "Domaine de mesure %d;94;Créteil;%s;Lycée de mesure %d;%s;%s;Formation de mesure %d (%s);%s;%s;%s;Observation %d\n",
                i % 12, uai, lycee, uai, cfd, i, seed, cap ? "1re année de CAP" : "2de professionnelle",
                cap ? "" : "Métiers de la mesure", i % 3 == 0 ? "Collectif" : "Individuel", i
        }
    }'
}

# Logs in as the demo admin; uploads the file on the import page; prints the import id.
upload() {
    local file=$1 jar=$WORK/cookies state
    rm -f "$jar"
    state=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml" --data-urlencode "login-form=login-form" \
        --data-urlencode "login-form:identifiant=admin.creteil" --data-urlencode "login-form:motDePasse=Passpro2027!" \
        --data-urlencode "login-form:connexion=" --data-urlencode "jakarta.faces.ViewState=$state"
    state=$(curl -s -c "$jar" -b "$jar" "$BASE/academie/import-catalogue.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/academie/import-catalogue.xhtml" -F "import-form=import-form" \
        -F "import-form:fichier=@$file;type=text/csv" -F "import-form:lancer=" -F "jakarta.faces.ViewState=$state"
}

wait_import() {
    local statut
    while :; do
        statut=$($SQL -N -e "SELECT statut FROM catalogue_import ORDER BY id DESC LIMIT 1")
        case $statut in TERMINE|REFUSE|ECHEC) echo "$statut"; return ;; esac
        sleep 0.2
    done
}

now() { date +%s.%N; }

printf 'run\tA import (s)\tA lignes/s\tB LOAD DATA (s)\tB lignes/s\tA/B\n'
for r in $(seq 1 "$RUNS"); do
    # every run creates its N formations: those of the previous run are removed first (they have no inscription)
    $SQL -e "DELETE FROM formation WHERE libelle LIKE 'Formation de mesure %'"
    generate "$r" >"$WORK/catalogue.csv"
    t0=$(now); upload "$WORK/catalogue.csv"; statut=$(wait_import); t1=$(now)
    [ "$statut" = TERMINE ] || { echo "import $statut" >&2; $SQL -e "SELECT message FROM catalogue_import ORDER BY id DESC LIMIT 1" >&2; exit 1; }
    t2=$(now)
    $SQL --local-infile=1 -e "DROP TABLE IF EXISTS bench_load_data;
        CREATE TABLE bench_load_data (domaine VARCHAR(150), departement VARCHAR(3), ville VARCHAR(100), uai CHAR(8),
            etablissement VARCHAR(255), uai_accueil CHAR(8), cfd CHAR(8), libelle VARCHAR(255), diplome VARCHAR(40),
            famille VARCHAR(150), modalite VARCHAR(20), observations VARCHAR(1000)) CHARACTER SET utf8mb4;
        LOAD DATA LOCAL INFILE '$WORK/catalogue.csv' INTO TABLE bench_load_data CHARACTER SET utf8mb4
            FIELDS TERMINATED BY ';' LINES TERMINATED BY '\n' IGNORE 1 LINES;"
    t3=$(now)
    awk -v r="$r" -v n="$N" -v a="$(echo "$t1 - $t0" | bc)" -v b="$(echo "$t3 - $t2" | bc)" \
        'BEGIN { printf "%d\t%.2f\t%.0f\t%.2f\t%.0f\t%.1f\n", r, a, n / a, b, n / b, a / b }'
done
$SQL -e "DROP TABLE IF EXISTS bench_load_data"
