#!/usr/bin/env bash
# Fault runs: comments at a fixed rate (each raises an event the appraisal service consumes) while one
# fault happens, then everything drains and is counted: lost events (an acknowledged write whose event
# was never consumed), duplicated effects, messages in error queues, and how long after the fault's end
# every earlier event had been consumed. One run per fault, on one set of servers:
#   rabbitmq-kill       kill -9 the RabbitMQ node, then start it again
#   postgres-kill       kill -9 PostgreSQL (the postmaster and its backends), then start it again
#   rabbitmq-stop       SIGSTOP the RabbitMQ node for 10 s, then SIGCONT
#   rabbitmq-partition  drop RabbitMQ's port with iptables for 10 s (installs iptables if missing; skipped
#                       where the packet filter cannot be changed)
#   benchmarks/faults.sh
# Environment (defaults): FAULTS="rabbitmq-kill postgres-kill rabbitmq-stop rabbitmq-partition" RATE=50
# DURATION=30 (writes per run; the fault starts FAULT_AT=8 s in) CONFIGURATION=Release. PostgreSQL runs
# durable (fsync, synchronous commits), as deployed: a killed server keeps every commit it acknowledged.
# Exits non-zero when any run lost or duplicated an event or left messages in an error queue.
set -euo pipefail

faults=${FAULTS:-"rabbitmq-kill postgres-kill rabbitmq-stop rabbitmq-partition"}
rate=${RATE:-50}
duration=${DURATION:-30}
fault_at=${FAULT_AT:-8}
configuration=${CONFIGURATION:-Release}
durable=1
with_appraisal=1
postgres_settings="track_commit_timestamp=on"
service_env=(DemoData__Enabled=true)

echo "Faults: $faults; $rate comments/s for $duration s a run, fault at $fault_at s; $configuration build"
source "$(dirname "$0")/lib.sh"

descendants() { # pid: every process under it
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}
beam_pid() {
  local p
  for p in $(descendants "$rabbitmq_pid"); do
    if [ "$(cat "/proc/$p/comm" 2>/dev/null)" = beam.smp ]; then echo "$p"; fi
  done
}
now_ms() { date +%s%3N; }
queues() {
  HOME="$work/rabbitmq/home" ERL_EPMD_PORT="${ports[5]}" /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$rabbit_node@localhost" list_queues name messages 2>/dev/null
}

# A run that ends during the partition still removes its rule (the port is this run's, but the rule would stay).
partitioned=0
heal_partition() {
  [ "$partitioned" = 1 ] || return 0
  iptables -D INPUT -p tcp --dport "$amqp_port" -j DROP || true
  partitioned=0
}
trap 'exit_status=$?; heal_partition; (exit $exit_status); cleanup' EXIT

# The partition drops packets with iptables: installed like the servers when it is missing.
case " $faults " in *" rabbitmq-partition "*) command -v iptables >/dev/null 2>&1 || apt_install iptables ;; esac

status=0
for fault in $faults; do
  if [ "$fault" = rabbitmq-partition ] && ! iptables -S INPUT >/dev/null 2>&1; then
    log "Fault $fault: SKIPPED — iptables cannot change this machine's packet filter (it needs root and the NET_ADMIN capability)"
    continue
  fi

  log "Fault $fault"
  fault_file="$work/fault-$fault"
  rm -f "$fault_file"
  dotnet "$bench" events --connection "$database" --appraisal "$appraisal_database" \
    --target "direct=http://127.0.0.1:$service_port" --rate "$rate" --duration "$duration" --drain 300 --fault-file "$fault_file" &
  load=$!
  current=$load
  # The fault comes FAULT_AT seconds into the measured writes (the load first prepares drafts and warms up).
  until [ -f "$fault_file.started" ]; do
    kill -0 "$load" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$fault_at"
  start=$(now_ms)
  case $fault in
    rabbitmq-kill)
      kill -KILL "$(beam_pid)"
      wait "$rabbitmq_pid" 2>/dev/null || true
      start_rabbitmq
      wait_until RabbitMQ 120 port_open "$amqp_port"
      ;;
    postgres-kill)
      postmaster=$(pgrep -P "$postgres_pid" -x postgres)
      kill -KILL $(pgrep -P "$postmaster") "$postmaster" 2>/dev/null || true
      wait "$postgres_pid" 2>/dev/null || true
      # Its backends must be gone before a new server may take the shared memory and port.
      while pgrep -P "$postmaster" >/dev/null 2>&1 || kill -0 "$postmaster" 2>/dev/null; do sleep 0.1; done
      start_postgres
      wait_until PostgreSQL 120 pg_isready -q -h 127.0.0.1 -p "$pg_port"
      ;;
    rabbitmq-stop)
      beam=$(beam_pid)
      kill -STOP "$beam"
      sleep 10
      kill -CONT "$beam"
      ;;
    rabbitmq-partition)
      iptables -I INPUT -p tcp --dport "$amqp_port" -j DROP
      partitioned=1
      sleep 10
      heal_partition
      ;;
    *) echo "unknown fault $fault" >&2; exit 2 ;;
  esac
  printf '%s\n%s\n' "$start" "$(now_ms)" >"$fault_file"
  run_status=0
  wait "$load" || run_status=$?
  current=
  errors=$(queues | awk '$1 ~ /_error$/ { n += $2 } END { print n + 0 }')
  left=$(queues | awk '$1 == "appraisal-evidence" { n += $2 } END { print n + 0 }')
  echo "Messages in error queues: $errors; still in the appraisal's queue: $left"
  [ "$run_status" -eq 0 ] && [ "$errors" -eq 0 ] || status=1
done
exit $status
