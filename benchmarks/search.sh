#!/usr/bin/env bash
# Benchmarks the public search of normative documents (GET /api/documents?q=…), through the gateway
# and directly against the service, on throwaway PostgreSQL and RabbitMQ started on free ports.
#   benchmarks/search.sh
# Environment (defaults): DOCUMENTS=100000 documents seeded; RATE=50 requests/s for DURATION=30 s
# per target, after WARMUP=5 s; WORDS=1 then times each query word alone (0: skip);
# CONFIGURATION=Release, the build of the service and gateway to run; SERVICE_ENV adds NAME=value settings
# to the service, space-separated (RegisterCache__Seconds=0: every answer computed, no register cache).
# The load comes from one address, so the gateway's per-address limit is lifted for the run; everything
# else at the gateway is as deployed.
# Needs the solution built in that configuration first (dotnet build RuleOfLaw.sln -c Release); installs PostgreSQL and RabbitMQ from
# the distribution's packages if they are missing, as scripts/test.sh does. Stops everything it
# started when it ends, however it ends.
set -euo pipefail

documents=${DOCUMENTS:-100000}
rate=${RATE:-50}
duration=${DURATION:-30}
warmup=${WARMUP:-5}
words=${WORDS:-1}
configuration=${CONFIGURATION:-Release}
service_env=(${SERVICE_ENV:-})

echo "Documents: $documents; load: $rate requests/s for $duration s per target after $warmup s; service and gateway: $configuration build"
source "$(dirname "$0")/lib.sh"

log "Seeding $documents documents"
run dotnet "$bench" seed --connection "$database" --documents "$documents"

log "Load"
run dotnet "$bench" load \
  --target "gateway=http://127.0.0.1:$gateway_port" \
  --target "direct=http://127.0.0.1:$service_port" \
  --rate "$rate" --duration "$duration" --warmup "$warmup"

if [ "$words" = 1 ]; then
  log "Each query word alone"
  run dotnet "$bench" words --target "direct=http://127.0.0.1:$service_port"
fi
