#!/usr/bin/env bash
# Runs every test on real PostgreSQL and RabbitMQ.
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter DOC_9]
# Local mode (no container engine): installs PostgreSQL and RabbitMQ if missing, starts one
# throwaway server of each on free ports for the whole run, and stops them at the end.
# Container mode: Testcontainers starts them. The AppHost end-to-end test starts its own either way.
# The browser tests drive the web front end in Debian's Chromium (installed with a CJK font if missing);
# RULEOFLAW_SCREENSHOTS=docs/screenshots makes them write the main pages' screenshots there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

require_dotnet
mode=$(infrastructure_mode)
log "Infrastructure: $mode"
[ "$mode" = local ] && install_local_prerequisites
install_browser_prerequisites
build_solution
install_spectral
install_dclint
without_kubectl=()
kubectl_usable || without_kubectl=(--filter "Category!=NeedsKubectl")

# The event contract: the committed AsyncAPI document passes the AsyncAPI parser, and the Contracts
# project packs as a NuGet package of the contract's version (docs/events.md).
npm_ci_once() {
  local dir=$1
  if [ -f "$dir/node_modules/.installed-lock.json" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
    return
  fi
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"
}
log "Validating the event contract"
npm_ci_once "$repo_root/tools/asyncapi"
# The Node.js subscriber sample's packages; its test (System.Tests, SubscriberSampleTests) runs it against a service.
npm_ci_once "$repo_root/samples/subscriber"
node "$repo_root/tools/asyncapi/validate.mjs" "$repo_root/services/Contracts/contract/asyncapi.json"
dotnet pack "$repo_root/services/Contracts" -c "${CONFIGURATION:-Debug}" --no-build -nologo -v:q -o "$repo_root/services/Contracts/bin/package" >/dev/null
ls "$repo_root/services/Contracts/bin/package/RuleOfLaw.Contracts.$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo_root/services/Contracts/Contracts.csproj").nupkg" >/dev/null

work=$(mktemp -d -t ruleoflaw-test-run-XXXXXX)
chmod 755 "$work"
server_pids=()
cleanup() {
  for p in "${server_pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${server_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$mode" = local ]; then
  log "Starting throwaway PostgreSQL and RabbitMQ"
  pg_port=$(free_port)
  amqp_port=$(free_port)
  export RULEOFLAW_WATCH_PID=$$
  bash "$repo_root/scripts/local/postgres.sh" "$work/postgres" "$pg_port" --throwaway >"$work/postgres.log" 2>&1 &
  server_pids+=($!)
  bash "$repo_root/scripts/local/rabbitmq.sh" "$work/rabbitmq" "$amqp_port" "$(free_port)" "$(free_port)" "testrun$$" >"$work/rabbitmq.log" 2>&1 &
  server_pids+=($!)
  unset RULEOFLAW_WATCH_PID
  deadline=$((SECONDS + 120))
  until pg_isready -q -h 127.0.0.1 -p "$pg_port"; do
    [ $SECONDS -lt $deadline ] || { cat "$work/postgres.log" >&2; echo "PostgreSQL did not start" >&2; exit 1; }
    sleep 0.2
  done
  until (exec 3<>"/dev/tcp/127.0.0.1/$amqp_port") 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { cat "$work/rabbitmq.log" >&2; echo "RabbitMQ did not start" >&2; exit 1; }
    sleep 0.2
  done
  export RULEOFLAW_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Include Error Detail=true"
  export RULEOFLAW_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$amqp_port"
fi
export RULEOFLAW_INFRASTRUCTURE=$mode
export RULEOFLAW_TEST_REPORT="$work/report.txt"

# The services' test projects run side by side; the end-to-end tests start the whole system and run
# alone afterwards, so its start does not compete with eight other test hosts for the CPU.
log "Testing the services"
set +e
dotnet test "$repo_root/RuleOfLaw.sln" -c "${CONFIGURATION:-Debug}" --no-build --nologo -p:TestGroup=services "${without_kubectl[@]}" "$@" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
log "Testing the whole system under the AppHost"
dotnet test "$repo_root/RuleOfLaw.sln" -c "${CONFIGURATION:-Debug}" --no-build --nologo -p:TestGroup=system "${without_kubectl[@]}" "$@" 2>&1 | tee -a "$work/test.log"
system_status=${PIPESTATUS[0]}
log "Testing the web front end in a browser"
dotnet test "$repo_root/RuleOfLaw.sln" -c "${CONFIGURATION:-Debug}" --no-build --nologo -p:TestGroup=browser "$@" 2>&1 | tee -a "$work/test.log"
browser_status=${PIPESTATUS[0]}
set -e
[ "$status" -ne 0 ] || status=$system_status
[ "$status" -ne 0 ] || status=$browser_status

# What tests asked to be printed (matrix counts), then one closing line over all test assemblies.
[ -f "$RULEOFLAW_TEST_REPORT" ] && sort "$RULEOFLAW_TEST_REPORT"
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
       }
     }
     END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
