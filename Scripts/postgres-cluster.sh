#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks, run as an
# unprivileged user (PostgreSQL refuses to run as root): Debian's own binaries, initdb and
# pg_ctl, no system service.
#
#   Scripts/postgres-cluster.sh start DIR [PORT]   # prints the URL to export as ENTENTE_TEST_POSTGRES
#   Scripts/postgres-cluster.sh stop DIR
#
# The role `entente` (password `entente`) may create databases: each test suite makes its
# own and drops it. Password authentication (scram) is on, so a wrong password is refused.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?a data folder}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL's binaries are not installed (apt-get install postgresql)" >&2; exit 1; }

# As root, the cluster runs as the `postgres` user Debian's package creates.
as_owner() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}

case "$command" in
start)
  # Folders on the way must be open to the cluster's user; the data folder is its own.
  (umask 022 && mkdir -p "$dir")
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    password_file=$(mktemp)
    echo entente > "$password_file"
    chmod 644 "$password_file"
    as_owner "$bin/initdb" -D "$dir" -U entente --pwfile="$password_file" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$password_file"
  fi
  # Settings for a test machine: durability off (a crash of the cluster loses nothing a test
  # keeps), sockets only on loopback.
  # ENTENTE_PG_SETTINGS replaces the test settings (for the benchmarks: a durable server).
  settings=${ENTENTE_PG_SETTINGS:--c fsync=off -c synchronous_commit=off -c full_page_writes=off}
  # The server must not hold this script's output open (a caller reading it would wait for
  # the server to stop): everything goes to its log.
  if ! as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-h 127.0.0.1 -p $port -k $dir $settings -c max_connections=200" \
      start </dev/null >/dev/null 2>&1; then
    tail -n 20 "$dir/server.log" >&2
    exit 1
  fi
  echo "postgres://entente:entente@127.0.0.1:$port/postgres"
  ;;
stop)
  as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop </dev/null >/dev/null 2>&1
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
