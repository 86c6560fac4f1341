#!/usr/bin/env bash
# Event delivery at a fixed write rate: public comments on drafts (each raises DocumentCommentSubmitted)
# sent open loop to the documents service, consumed by the appraisal service (it keeps every event as
# evidence). Measures from the producer's commit to the consumer's commit, with PostgreSQL's commit
# timestamps, and counts lost and duplicated events once everything is drained.
#   benchmarks/events.sh
# Environment (defaults): RATE=50 DURATION=30 DRAFTS=20 CONFIGURATION=Release DURABLE=1 (PostgreSQL with
# fsync and synchronous commits, as deployed; DURABLE=0 for the tests' throwaway settings); SERVICE_ENV adds
# NAME=value settings to the documents service, space-separated (e.g. the relay's debug log, which gives
# each batch's confirm time: Logging__LogLevel__RuleOfLaw.BuildingBlocks.Outbox.OutboxRelay=Debug);
# KEEP_LOGS=<folder> keeps the servers' and services' logs.
# Needs the solution built in that configuration first (dotnet build RuleOfLaw.sln -c Release).
set -euo pipefail

rate=${RATE:-50}
duration=${DURATION:-30}
drafts=${DRAFTS:-20}
configuration=${CONFIGURATION:-Release}
durable=${DURABLE:-1}
with_appraisal=1
postgres_settings="track_commit_timestamp=on"
service_env=(DemoData__Enabled=true ${SERVICE_ENV:-})

echo "Events: $rate comments/s for $duration s on $drafts drafts; documents and appraisal services: $configuration build; PostgreSQL durable=$durable"
source "$(dirname "$0")/lib.sh"

log "Load"
run dotnet "$bench" events --connection "$database" --appraisal "$appraisal_database" \
  --target "direct=http://127.0.0.1:$service_port" --drafts "$drafts" --rate "$rate" --duration "$duration"
