/**
 * The official mysql entrypoint reduced to its start-up decisions: log like `mysql_note`, drop
 * to the mysql user with gosu, refuse to initialize without a root password option.
 */
export function mysqlEntrypoint(serverVersion: string): string {
  return `#!/bin/bash
set -eo pipefail
shopt -s nullglob

mysql_log() {
	local type="$1"; shift
	local text="$*"; if [ "$#" -eq 0 ]; then text="$(cat)"; fi
	local dt; dt="$(date --rfc-3339=seconds)"
	printf '%s [%s] [Entrypoint]: %s\\n' "$dt" "$type" "$text"
}
mysql_note() {
	mysql_log Note "$@"
}
mysql_warn() {
	mysql_log Warn "$@" >&2
}
mysql_error() {
	mysql_log ERROR "$@" >&2
	exit 1
}

# if command starts with an option, prepend mysqld
if [ "\${1:0:1}" = '-' ]; then
	set -- mysqld "$@"
fi

if [ "$1" = 'mysqld' ]; then
	mysql_note "Entrypoint script for MySQL Server ${serverVersion} started."

	if [ "$(id -u)" = "0" ]; then
		mysql_note "Switching to dedicated user 'mysql'"
		exec gosu mysql "$BASH_SOURCE" "$@"
	fi

	if [ ! -d "/var/lib/mysql/mysql" ]; then
		if [ -z "$MYSQL_ROOT_PASSWORD" -a -z "$MYSQL_ALLOW_EMPTY_PASSWORD" -a -z "$MYSQL_RANDOM_ROOT_PASSWORD" ]; then
			mysql_error $'Database is uninitialized and password option is not specified\\n    You need to specify one of the following as an environment variable:\\n    - MYSQL_ROOT_PASSWORD\\n    - MYSQL_ALLOW_EMPTY_PASSWORD\\n    - MYSQL_RANDOM_ROOT_PASSWORD'
		fi
		mysql_note "Initializing database files"
		mkdir -p /var/lib/mysql/mysql
		mysql_note "Database files initialized"
		mysql_note "MySQL init process done. Ready for start up."
	fi
fi

exec "$@"
`;
}
