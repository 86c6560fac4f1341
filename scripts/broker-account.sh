#!/usr/bin/env bash
# Gives an outside district system its own RabbitMQ account: it may read the public exchange
# ruleoflaw.events and use queues named "<system>.…" only (declare, bind, consume, delete); it can
# neither publish events nor touch another system's queues. See docs/events.md.
#   scripts/broker-account.sh SYSTEM [PASSWORD]
# SYSTEM: lowercase letters, digits and dashes (e.g. "credit"); PASSWORD: generated when omitted, printed once.
# RABBITMQCTL: how to run rabbitmqctl against the broker (default "rabbitmqctl"; e.g.
#   "docker exec rabbitmq rabbitmqctl" or "rabbitmqctl -n ruleoflaw@localhost").
# RABBITMQ_VHOST: the virtual host (default "/").
set -euo pipefail

system=${1:?usage: scripts/broker-account.sh SYSTEM [PASSWORD]}
if ! [[ "$system" =~ ^[a-z][a-z0-9-]{1,40}$ ]] || [ "$system" = ruleoflaw ]; then
  echo "SYSTEM must be 2-41 lowercase letters, digits or dashes, starting with a letter, and not 'ruleoflaw'." >&2
  exit 2
fi
password=${2:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 32)}
vhost=${RABBITMQ_VHOST:-/}
read -r -a ctl <<<"${RABBITMQCTL:-rabbitmqctl}"

# Dots and dashes are literal in the patterns: the queue prefix is "<system>." exactly.
prefix="^${system//-/\\-}\\."
if "${ctl[@]}" list_users --silent | awk '{print $1}' | grep -qx "$system"; then
  "${ctl[@]}" change_password "$system" "$password" >/dev/null
else
  "${ctl[@]}" add_user "$system" "$password" >/dev/null
fi
"${ctl[@]}" set_user_tags "$system" >/dev/null
#                                    configure  write      read
"${ctl[@]}" set_permissions -p "$vhost" "$system" "$prefix" "$prefix" "^(ruleoflaw\\.events|${system//-/\\-}\\..*)\$" >/dev/null

echo "user:     $system"
echo "password: $password"
echo "vhost:    $vhost"
echo "queues:   ${system}.<anything> (declare them durable, bind them to ruleoflaw.events)"
