#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for the tests and the bench (CI and by hand).
#   .ci/postgres.sh start DIR   initdb in DIR (must not exist or be empty), start the server on a free
#                               loopback port, print its URL on stdout
#   .ci/postgres.sh stop DIR    stop it (DIR can then be removed)
# PostgreSQL refuses to run as root. As root the server runs as an existing unprivileged user, said on stderr:
# GENESYS_COBROWSE_PG_USER if set, else `postgres` (the Debian package's), else `nobody`. No user is ever created.
# Any failure exits non-zero with a FATAL line on stderr.
set -euo pipefail

fatal() { echo "FATAL: $*" >&2; exit 1; }
[ $# -eq 2 ] || fatal "usage: $0 start|stop DIR"
action=$1 dir=$2

bindir=""
for candidate in /usr/local/bin /usr/lib/postgresql/15/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/postgres" ]; then bindir=$candidate; break; fi
done
[ -n "$bindir" ] || fatal "PostgreSQL 15 binaries (initdb, pg_ctl, postgres) not found in /usr/local/bin or /usr/lib/postgresql/15/bin (Debian package postgresql-15)"

user=$(id -un)
as_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  if [ -n "${GENESYS_COBROWSE_PG_USER:-}" ]; then
    user=$GENESYS_COBROWSE_PG_USER
    id "$user" >/dev/null 2>&1 || fatal "GENESYS_COBROWSE_PG_USER=$user is not a user on this machine (this script creates none)"
  elif id postgres >/dev/null 2>&1; then user=postgres
  else user=nobody
  fi
  [ "$(id -u "$user")" -ne 0 ] || fatal "PostgreSQL cannot run as $user (uid 0): set GENESYS_COBROWSE_PG_USER to an unprivileged user"
  [ "$action" != start ] || echo "postgres.sh: running as root; PostgreSQL refuses to, so the server runs as the existing user $user (set GENESYS_COBROWSE_PG_USER to choose another)" >&2
  as_user() { runuser -u "$user" -- "$@"; }
fi

case "$action" in
  start)
    mkdir -p "$dir" || fatal "cannot create $dir"
    [ -z "$(ls -A "$dir")" ] || fatal "$dir is not empty"
    [ "$(id -u)" -ne 0 ] || chown "$user" "$dir"
    chmod 700 "$dir"
    as_user "$bindir/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; fatal "initdb failed in $dir/data"; }
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})") \
      || fatal "cannot find a free loopback port"
    as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2 2>/dev/null || true; fatal "PostgreSQL did not start (log: $dir/server.log)"; }
    echo "postgres://$user@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] || exit 0
    [ "$(id -u)" -ne 0 ] || user=$(stat -c %U "$dir/data")   # whoever start ran it as
    as_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || fatal "could not stop PostgreSQL in $dir/data"
    ;;
  *) fatal "usage: $0 start|stop DIR" ;;
esac
