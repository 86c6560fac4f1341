#!/usr/bin/env bash
# Stops a system started with scripts/run.sh --detach (the AppHost stops everything it started).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
pid_file="$repo_root/.local/apphost.pid"
if [ ! -f "$pid_file" ] || ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "The system is not running."
  rm -f "$pid_file"
  exit 0
fi
pid=$(cat "$pid_file")
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; echo "Stopped."; exit 0; }
  sleep 1
done
echo "The AppHost (pid $pid) did not stop within a minute." >&2
exit 1
