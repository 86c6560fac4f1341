# The part every benchmark shares, sourced after its settings: builds the benchmark, starts throwaway
# PostgreSQL and RabbitMQ on free ports, then the documents service (Production settings, migrating its
# database) and the gateway in front of it, and stops them all when the script ends, however it ends.
# Reads: configuration (Release, or Debug, build of service and gateway; every benchmark defaults to Release), service_env and gateway_env
# (arrays of NAME=value for the service and the gateway); with_appraisal=1 also starts the appraisal
# service (it consumes every event), appraisal_env its settings; durable=1 runs PostgreSQL with fsync and
# synchronous commits (as deployed) instead of the throwaway settings; postgres_settings adds settings.
# Sets: bench (the benchmark's dll), database (the service's connection string), appraisal_database,
# service_port, gateway_port, appraisal_port, work (the run's folder), pg_port, amqp_port, rabbit_node,
# and run (runs a step so a signal stops it).
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
service_env=("${service_env[@]+"${service_env[@]}"}")
gateway_env=("${gateway_env[@]+"${gateway_env[@]}"}")
appraisal_env=("${appraisal_env[@]+"${appraisal_env[@]}"}")
with_appraisal=${with_appraisal:-0}
durable=${durable:-0}
postgres_settings=${postgres_settings:-}

require_dotnet
command -v curl >/dev/null 2>&1 || { echo "curl is required (health checks)." >&2; exit 1; }
install_local_prerequisites

service_dir=$repo_root/services/NormativeDocuments/bin/$configuration/net10.0
gateway_dir=$repo_root/gateway/bin/$configuration/net10.0
appraisal_dir=$repo_root/services/Appraisal/bin/$configuration/net10.0
dlls=("$service_dir/RuleOfLaw.NormativeDocuments.dll" "$gateway_dir/RuleOfLaw.Gateway.dll")
[ "$with_appraisal" != 1 ] || dlls+=("$appraisal_dir/RuleOfLaw.Appraisal.dll")
for dll in "${dlls[@]}"; do
  [ -f "$dll" ] || { echo "$dll is missing: build first (dotnet build RuleOfLaw.sln -c $configuration)." >&2; exit 1; }
done

log "Building the benchmark"
dotnet build "$repo_root/benchmarks/Benchmarks" -c Release -warnaserror -nologo -clp:ErrorsOnly -v:q
bench=$repo_root/benchmarks/Benchmarks/bin/Release/net10.0/RuleOfLaw.Benchmarks.dll

work=$(mktemp -d -t ruleoflaw-search-benchmark-XXXXXX)
chmod 755 "$work"
pids=()
current=
cleanup() {
  local status=$?
  [ -z "$current" ] || kill -TERM "$current" 2>/dev/null || true
  # Last started, first stopped: gateway, service, then the servers they use.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ] && [ "$status" -ne 130 ] && [ "$status" -ne 143 ]; then
    for f in "$work"/*.log; do
      [ -f "$f" ] && { echo "--- $(basename "$f"), last lines"; tail -n 20 "$f"; }
    done >&2
  fi
  # KEEP_LOGS=<folder> keeps the servers' and services' logs of the run there.
  [ -z "${KEEP_LOGS:-}" ] || { mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a step in the background and waits for it, so that a signal stops the script at once.
run() {
  "$@" &
  current=$!
  wait "$current"
  current=
}

# Free ports, all different from each other.
ports=()
while [ ${#ports[@]} -lt 7 ]; do
  port=$(free_port)
  [[ " ${ports[*]} " == *" $port "* ]] || ports+=("$port")
done
pg_port=${ports[0]} amqp_port=${ports[1]} service_port=${ports[2]} gateway_port=${ports[3]} appraisal_port=${ports[6]}
rabbit_node=bench$$

wait_until() { # description seconds command…
  local what=$1 deadline=$((SECONDS + $2))
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "$what did not come up" >&2; exit 1; }
    sleep 0.5
  done
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
healthy() { [ "$(curl -s --max-time 5 "$1")" = Healthy ]; }

echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"

log "Starting PostgreSQL ($([ "$durable" = 1 ] && echo durable || echo throwaway)) and RabbitMQ"
# Started (and started again by the fault runs) in the background; the pid of its script is in the named variable.
start_postgres() {
  local mode=--throwaway
  [ "$durable" != 1 ] || mode=
  RULEOFLAW_WATCH_PID=$$ RULEOFLAW_POSTGRES_SETTINGS="$postgres_settings" \
    bash "$repo_root/scripts/local/postgres.sh" "$work/postgres" "$pg_port" $mode >>"$work/postgres.log" 2>&1 &
  postgres_pid=$!
  pids+=($!)
}
start_rabbitmq() {
  RULEOFLAW_WATCH_PID=$$ bash "$repo_root/scripts/local/rabbitmq.sh" "$work/rabbitmq" "$amqp_port" "${ports[4]}" "${ports[5]}" "$rabbit_node" >>"$work/rabbitmq.log" 2>&1 &
  rabbitmq_pid=$!
  pids+=($!)
}
start_postgres
start_rabbitmq
wait_until PostgreSQL 120 pg_isready -q -h 127.0.0.1 -p "$pg_port"
wait_until RabbitMQ 120 port_open "$amqp_port"

log "Starting the documents service (migrates the database) and the gateway"
database="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=bench"
(cd "$service_dir" && exec env ASPNETCORE_ENVIRONMENT=Production \
  "ConnectionStrings__documentsdb=$database" \
  "ConnectionStrings__messaging=amqp://guest:guest@127.0.0.1:$amqp_port" \
  Database__MigrateOnStartup=true \
  "${service_env[@]}" \
  dotnet RuleOfLaw.NormativeDocuments.dll --urls "http://127.0.0.1:$service_port") >"$work/service.log" 2>&1 &
pids+=($!)
(cd "$gateway_dir" && exec env ASPNETCORE_ENVIRONMENT=Production \
  "ReverseProxy__Clusters__normative-documents__Destinations__primary__Address=http://127.0.0.1:$service_port" \
  Gateway__RateLimits__Anonymous__PermitLimit=1000000 \
  "${gateway_env[@]}" \
  dotnet RuleOfLaw.Gateway.dll --urls "http://127.0.0.1:$gateway_port") >"$work/gateway.log" 2>&1 &
pids+=($!)
appraisal_database="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=bench_appraisal"
if [ "$with_appraisal" = 1 ]; then
  (cd "$appraisal_dir" && exec env ASPNETCORE_ENVIRONMENT=Production \
    "ConnectionStrings__appraisaldb=$appraisal_database" \
    "ConnectionStrings__messaging=amqp://guest:guest@127.0.0.1:$amqp_port" \
    Database__MigrateOnStartup=true \
    "${appraisal_env[@]}" \
    dotnet RuleOfLaw.Appraisal.dll --urls "http://127.0.0.1:$appraisal_port") >"$work/appraisal.log" 2>&1 &
  pids+=($!)
fi
wait_until "The documents service" 180 healthy "http://127.0.0.1:$service_port/health"
[ "$with_appraisal" != 1 ] || wait_until "The appraisal service" 180 healthy "http://127.0.0.1:$appraisal_port/health"
wait_until "The gateway" 60 healthy "http://127.0.0.1:$gateway_port/health/normative-documents"

