#!/usr/bin/env bash
# Stops the system this checkout started with scripts/run.sh --detach (the AppHost stops everything it
# started). Only this checkout's AppHost: a pid file that names another process (another checkout's
# AppHost, after the folder was copied) is left alone and removed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
pid_file="$repo_root/.local/apphost.pid"
if ! pid=$(apphost_pid); then
  if [ -f "$pid_file" ]; then
    echo "The system of this checkout is not running (the pid file named no AppHost of $repo_root); removed it."
  else
    echo "The system is not running."
  fi
  rm -f "$pid_file"
  exit 0
fi
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; echo "Stopped."; exit 0; }
  sleep 1
done
echo "The AppHost (pid $pid) did not stop within a minute." >&2
exit 1
