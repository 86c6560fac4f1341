#!/usr/bin/env bash
# Runs a RabbitMQ node from the installed package in the foreground, with its own ports and folder,
# so several can run on one machine. Used by the AppHost's local mode and by the test command.
#   rabbitmq.sh DATA_DIR AMQP_PORT DIST_PORT EPMD_PORT NODE_NAME
# The epmd daemon that the node starts outlives it: it is stopped here on exit.
set -euo pipefail

data_dir=$1
amqp_port=$2
dist_port=$3
epmd_port=$4
node_name=$5

server=/usr/lib/rabbitmq/bin/rabbitmq-server
if [ ! -x "$server" ]; then
  echo "RabbitMQ is not installed ($server); run scripts/install-prerequisites.sh" >&2
  exit 1
fi

mkdir -p "$data_dir/mnesia" "$data_dir/log" "$data_dir/home"
echo '[].' >"$data_dir/enabled_plugins"
# guest may log in from loopback only, which is where the node listens.
: >"$data_dir/rabbitmq.conf"

export HOME="$data_dir/home"
export RABBITMQ_NODENAME="$node_name@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$amqp_port"
export RABBITMQ_DIST_PORT="$dist_port"
export ERL_EPMD_PORT="$epmd_port"
export RABBITMQ_MNESIA_BASE="$data_dir/mnesia"
export RABBITMQ_LOG_BASE="$data_dir/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$data_dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$data_dir/rabbitmq.conf"

stop_epmd() { epmd -port "$epmd_port" -kill >/dev/null 2>&1 || true; }

"$server" &
pid=$!
# rabbitmq-server is a shell wrapper that does not pass signals on: stop the Erlang VM under it
# (it shuts the node down cleanly on SIGTERM), then the wrapper.
stop_node() { pkill -TERM -P "$pid" 2>/dev/null || true; kill -TERM "$pid" 2>/dev/null || true; }
trap stop_node TERM INT
trap 'stop_epmd' EXIT
# Stop with the process that started us, even if it dies without stopping us (a killed test host).
if [ -n "${RULEOFLAW_WATCH_PID:-}" ]; then
  ( while kill -0 "$RULEOFLAW_WATCH_PID" 2>/dev/null; do sleep 1; done; kill -TERM $$ 2>/dev/null ) &
fi
wait "$pid" || true
wait "$pid" 2>/dev/null || true
