#!/usr/bin/env bash
# Benchmarks public comments on drafts (POST /api/documents/{id}/comments), through the gateway and
# directly against the service, alternated phase by phase, on throwaway PostgreSQL and RabbitMQ.
#   benchmarks/comments.sh
# Phases: one comment at a time on an empty draft and on one with CROWD comments; closed loop with
# CONNECTIONS connections on DRAFTS drafts and on one draft; open loop at RATE comments/s; open loop
# at twice the capacity the closed loop measured. DURATION seconds a phase.
# Environment (defaults): DRAFTS=20 CROWD=20000 CONNECTIONS=16 RATE=150 DURATION=20 CONFIGURATION=Release.
# The drafts are copies of the demo data's draft open for comment. The load comes from one address, so
# the gateway's per-address limits are lifted for the run; everything else is as deployed.
# Needs the solution built in that configuration first (dotnet build RuleOfLaw.sln -c Release).
set -euo pipefail

drafts=${DRAFTS:-20}
crowd=${CROWD:-20000}
connections=${CONNECTIONS:-16}
rate=${RATE:-150}
duration=${DURATION:-20}
configuration=${CONFIGURATION:-Release}
service_env=(DemoData__Enabled=true)
gateway_env=(Gateway__RateLimits__AnonymousWrites__PermitLimit=100000000)

echo "Comments: $drafts drafts, one with $crowd comments; $connections connections; open loop at $rate/s; $duration s a phase; service and gateway: $configuration build"
source "$(dirname "$0")/lib.sh"

log "Load"
run dotnet "$bench" comments --connection "$database" \
  --target "gateway=http://127.0.0.1:$gateway_port" \
  --target "direct=http://127.0.0.1:$service_port" \
  --drafts "$drafts" --crowd "$crowd" --connections "$connections" --rate "$rate" --duration "$duration"
