#!/usr/bin/env bash
# Runs the whole system: the Aspire AppHost with PostgreSQL, RabbitMQ, five services, the identity service and the gateway.
#   scripts/run.sh            in the foreground; Ctrl+C stops everything
#   scripts/run.sh --detach   in the background; scripts/stop.sh stops it
# RULEOFLAW_INFRASTRUCTURE=containers|local|auto chooses how PostgreSQL and RabbitMQ run (default auto).
# RULEOFLAW_DEMO_DATA=false starts without demo data. Local-mode data stays in .local/data.
# CONFIGURATION=Release (default) or Debug: the build the AppHost, and so every service it starts, runs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# The system runs as it is deployed, a Release build; the tests keep building Debug.
export CONFIGURATION=${CONFIGURATION:-Release}

detach=false
[ "${1:-}" = "--detach" ] && detach=true

require_dotnet
mode=$(infrastructure_mode)
log "Infrastructure: $mode"
[ "$mode" = local ] && install_local_prerequisites
build_solution
# In container mode the AppHost runs the parts' images: built from this checkout into the local engine.
[ "$mode" = containers ] && "$repo_root/deploy/build-images.sh" --images-only --tag latest

state="$repo_root/.local"
mkdir -p "$state"
if running=$(apphost_pid); then
  echo "The system is already running (pid $running); stop it with scripts/stop.sh" >&2
  exit 1
fi

dashboard_port=$(free_port)
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export ASPNETCORE_URLS="http://localhost:$dashboard_port"
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://localhost:$(free_port)"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://localhost:$(free_port)"
export Infrastructure__Mode=$mode
export DemoData__Enabled=${RULEOFLAW_DEMO_DATA:-true}

log_file="$state/apphost.log"
apphost="$repo_root/AppHost/bin/$CONFIGURATION/net10.0/RuleOfLaw.AppHost"
(cd "$repo_root/AppHost" && exec "$apphost") >"$log_file" 2>&1 &
pid=$!
echo "$pid" >"$state/apphost.pid"

stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$state/apphost.pid"
}

log "Starting (log: $log_file)"
deadline=$((SECONDS + 300))
until grep -q "Gateway ready at" "$log_file"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log_file" >&2
    echo "The AppHost stopped before the gateway was ready." >&2
    exit 1
  fi
  if [ $SECONDS -gt $deadline ]; then
    stop
    echo "The gateway was not ready after 5 minutes; see $log_file" >&2
    exit 1
  fi
  sleep 1
done

gateway=$(grep -o 'Gateway ready at [^ ]*' "$log_file" | tail -n 1 | cut -d' ' -f4)
login=$(grep -o 'http://localhost:[0-9]*/login?t=[0-9a-f]*' "$log_file" | tail -n 1)
# The web front end starts once the gateway is healthy.
web_deadline=$((SECONDS + 120))
until grep -q "Web front end ready at" "$log_file" || [ $SECONDS -gt $web_deadline ]; do sleep 1; done
web=$(grep -o 'Web front end ready at [^ ]*' "$log_file" | tail -n 1 | cut -d' ' -f6)
echo "$gateway" >"$state/gateway.url"
cat <<MSG

  RuleOfLaw is running.
    Gateway:   $gateway   (e.g. $gateway/api/documents/calendar/2026, $gateway/health/normative-documents)
    Portal:    ${web:-(not ready yet: see the dashboard)}   (portal and staff console; demo accounts, password ruleoflaw-demo)
    Dashboard: ${login:-http://localhost:$dashboard_port}

MSG

if $detach; then
  echo "  Running in the background (pid $pid). Stop it with scripts/stop.sh"
  exit 0
fi

trap 'echo; log "Stopping"; stop; exit 0' INT TERM
echo "  Press Ctrl+C to stop."
wait "$pid"
