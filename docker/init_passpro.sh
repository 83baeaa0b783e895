#!/usr/bin/env bash
# Passpro: installed by docker/Dockerfile as ${SCRIPT_DIR}/init_0_passpro.sh of the official Payara Server image, whose
# entrypoint runs it before it starts the domain. It renders passpro-server/src/main/payara/resources.asadmin (copied
# to /opt/passpro/) with the container's environment (PASSPRO_DB_*, PASSPRO_SMTP_*, PASSPRO_MAIL_FROM, see render.sh)
# and appends it, without comment lines, to ${POSTBOOT_COMMANDS}, followed by the deployment of the EAR and the
# creation of the batch job repository tables (as ./passpro does after its deployment).
#
# Differences with `asadmin multimode --file` (./passpro):
#  - asadmin's command line removes one level of backslashes (`\\:` becomes `\:`), the post-boot command parser does
#    not: the rendered commands get that level removed here, so that Payara receives the same arguments;
#  - a failed post-boot command is only logged: look for "Boot Command" in `docker compose logs passpro`.
#
# The entrypoint *sources* this file: the work runs in a subshell so that its shell options and variables stay here,
# and a failure (e.g. a value refused by render.sh) stops the container.
(
    set -euo pipefail
    conf=${PASSPRO_CONF_DIR:-/opt/passpro}
    domain_xml="${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME:-domain1}/config/domain.xml"
    ear="${DEPLOY_DIR}/passpro.ear"
    # The post-boot file as the image left it: a restart of the same container starts again from it, not from the
    # file this script already extended.
    base="${POSTBOOT_COMMANDS}.passpro-base"
    if [ ! -f "$base" ]; then
        mkdir -p "$(dirname "$POSTBOOT_COMMANDS")"
        if [ -f "$POSTBOOT_COMMANDS" ]; then cp "$POSTBOOT_COMMANDS" "$base"; else : >"$base"; fi
    fi

    {
        cat "$base"
        echo
        if grep -q 'name="PassproPool"' "$domain_xml"; then
            # Restart of a container whose domain already holds the resources: creating them again would only fail.
            echo "[passpro] Ressources déjà présentes dans le domaine : non recréées." >&2
        else
            bash "$conf/render.sh" "$conf/resources.asadmin" | grep -v '^[[:space:]]*#' | grep . | sed 's/\\\\/\\/g'
        fi
        # Deployed here, after the resources (init_1_generate_deploy_commands.sh sees it and adds nothing).
        echo "deploy --force=true --name passpro $ear"
        # Payara creates its batch tables on first use, which must be outside a transaction (see STACK.md).
        echo "list-batch-jobs"
    } >"${POSTBOOT_COMMANDS}.tmp"
    mv "${POSTBOOT_COMMANDS}.tmp" "$POSTBOOT_COMMANDS"
    echo "[passpro] Commandes post-boot : ${POSTBOOT_COMMANDS}"
)
# Tested on its own line: a subshell followed by `||` would run with `set -e` ignored.
# shellcheck disable=SC2181
[ $? -eq 0 ] || { echo "[passpro] Configuration de Payara impossible (voir ci-dessus)." >&2; exit 1; }
