import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';

/**
 * docker-library/nginx's entrypoint and its start-up scripts, reduced to what a default run does
 * (same log lines); plain sh so the model's shell runs them.
 */
const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if [ -n "$(ls -A /docker-entrypoint.d/ 2>/dev/null)" ]; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in /docker-entrypoint.d/*; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Sourcing $f";
                        . "$f"
                    else
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Launching $f";
                        "$f"
                    else
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

const IPV6 = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

ME=$(basename "$0")
DEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"

if [ ! -f "/proc/net/if_inet6" ]; then
    entrypoint_log "$ME: info: ipv6 not available"
    exit 0
fi

if [ ! -f "/$DEFAULT_CONF_FILE" ]; then
    entrypoint_log "$ME: info: /$DEFAULT_CONF_FILE is not a file or does not exist"
    exit 0
fi

touch /$DEFAULT_CONF_FILE 2>/dev/null || { entrypoint_log "$ME: info: can not modify /$DEFAULT_CONF_FILE (read-only file system?)"; exit 0; }

entrypoint_log "$ME: info: Getting the checksum of /$DEFAULT_CONF_FILE"

if grep -q 'listen  \\[::\\]:80;' "/$DEFAULT_CONF_FILE"; then
    entrypoint_log "$ME: info: /$DEFAULT_CONF_FILE differs from the packaged version"
    exit 0
fi

sed -i -E 's,listen       80;,listen       80;\\n    listen  [::]:80;,' /$DEFAULT_CONF_FILE

entrypoint_log "$ME: info: Enabled listen on IPv6 in /$DEFAULT_CONF_FILE"

exit 0
`;

const RESOLVERS = `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0

NGINX_LOCAL_RESOLVERS=$(awk 'BEGIN{ORS=" "} $1=="nameserver" {print $2}' /etc/resolv.conf)
export NGINX_LOCAL_RESOLVERS
`;

const ENVSUBST = `#!/bin/sh

set -e

ME=$(basename "$0")

template_dir="\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
[ -d "$template_dir" ] || return 0 2>/dev/null || exit 0
echo "$ME: info: templates in $template_dir are not processed in the lab" >&2
exit 0
`;

const TUNE = `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
ME=$(basename "$0")
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0

touch /etc/nginx/nginx.conf 2>/dev/null || { echo >&2 "$ME: error: can not modify /etc/nginx/nginx.conf (read-only file system?)"; exit 0; }
ncpu=$(nproc)
sed -i.bak -r 's/^(worker_processes)(.*)$/# Commented out by '"$ME"' on '"$(date)"'\\n#\\1\\2\\n\\1 '"$ncpu"';/' /etc/nginx/nginx.conf
`;

/** Rows after the package install: the COPYs of the entrypoint and each start-up script. */
export const NGINX_SCRIPTS: readonly { name: string; path: string; text: string }[] = [
  { name: 'docker-entrypoint.sh', path: '/docker-entrypoint.sh', text: ENTRYPOINT },
  { name: '10-listen-on-ipv6-by-default.sh', path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', text: IPV6 },
  { name: '15-local-resolvers.envsh', path: '/docker-entrypoint.d/15-local-resolvers.envsh', text: RESOLVERS },
  { name: '20-envsubst-on-templates.sh', path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', text: ENVSUBST },
  { name: '30-tune-worker-processes.sh', path: '/docker-entrypoint.d/30-tune-worker-processes.sh', text: TUNE },
];

export function writeScript(t: TreeBuilder, path: string, text: string): void {
  t.file(path, text, 0o775);
}
