#!/usr/bin/env bash
# Runs a PostgreSQL server from the installed binaries in the foreground, creating its data folder
# on first use. Used by the AppHost's local mode and by the test command.
#   postgres.sh DATA_DIR PORT [--throwaway]
# --throwaway turns durability off (fsync), for test data only. RULEOFLAW_POSTGRES_SETTINGS adds
# settings, space-separated name=value (the benchmarks' track_commit_timestamp=on).
# Stops with a fast shutdown on SIGTERM/SIGINT, so callers need not wait for pooled connections.
set -euo pipefail

data_dir=$1
port=$2
throwaway=${3:-}

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin_dir" ]; then
  echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin); run scripts/install-prerequisites.sh" >&2
  exit 1
fi

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups "$@"
  else
    "$@"
  fi
}

mkdir -p "$data_dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data_dir"
fi
chmod 700 "$data_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
  # Listens on loopback only; local mode is for one machine (operations use the containers in deploy/).
  as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$data_dir/../postgres-initdb.log" 2>&1 \
    || { cat "$data_dir/../postgres-initdb.log" >&2; exit 1; }
fi

settings=(-c listen_addresses=127.0.0.1 -c "port=$port" -c "unix_socket_directories=$data_dir" -c max_connections=300)
if [ "$throwaway" = "--throwaway" ]; then
  settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
fi
for setting in ${RULEOFLAW_POSTGRES_SETTINGS:-}; do
  settings+=(-c "$setting")
done

# Started directly (not through a shell function), so $! is the server itself and receives the signal.
server=("$bin_dir/postgres" -D "$data_dir" "${settings[@]}")
if [ "$(id -u)" = 0 ]; then
  server=(setpriv --reuid=postgres --regid=postgres --init-groups "${server[@]}")
fi
"${server[@]}" &
pid=$!
trap 'kill -INT "$pid" 2>/dev/null || true' TERM INT
# Stop with the process that started us, even if it dies without stopping us (a killed test host).
if [ -n "${RULEOFLAW_WATCH_PID:-}" ]; then
  ( while kill -0 "$RULEOFLAW_WATCH_PID" 2>/dev/null; do sleep 1; done; kill -TERM $$ 2>/dev/null ) &
fi
wait "$pid" || true
wait "$pid" 2>/dev/null || true
