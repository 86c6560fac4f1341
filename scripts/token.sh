#!/usr/bin/env bash
# Prints an access token from the identity service, for trying the APIs with curl.
#   scripts/token.sh [--url URL] [--json] <username> [password]     a person: authorization code + PKCE,
#                                                                     through the login page, as a browser would
#   scripts/token.sh [--url URL] [--json] --client <id> <secret>    a district system: client credentials
# URL: --url, else RULEOFLAW_IDENTITY_URL, else the gateway of the system scripts/run.sh started.
# The password defaults to the demo password. --json prints the whole token response instead.
# A person signs in through the client RULEOFLAW_CLIENT_ID (default ruleoflaw-portal) at its redirect
# address RULEOFLAW_REDIRECT_URI (default http://localhost/callback), which is never actually called.
set -euo pipefail
repo_root=$(cd "$(dirname "$0")/.." && pwd)

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fail() { echo "token.sh: $*" >&2; exit 1; }

url=${RULEOFLAW_IDENTITY_URL:-}
json=false
while [ $# -gt 0 ]; do
  case "$1" in
    --url) [ $# -ge 2 ] || usage; url=$2; shift 2 ;;
    --json) json=true; shift ;;
    -h|--help) usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
if [ -z "$url" ]; then
  [ -f "$repo_root/.local/gateway.url" ] || fail "no address: give --url, set RULEOFLAW_IDENTITY_URL, or start the system with scripts/run.sh"
  url=$(cat "$repo_root/.local/gateway.url")
fi
url=${url%/}
command -v curl >/dev/null || fail "curl is required"
command -v openssl >/dev/null || fail "openssl is required"

# The value of a string field of a JSON object, without needing jq.
json_field() { grep -o "\"$1\" *: *\"[^\"]*\"" | head -n 1 | sed 's/.*: *"\(.*\)"$/\1/'; }
base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
url_decode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }
# A query parameter of a URL, still URL-encoded.
query_param() { printf '%s' "$1" | sed -n "s/.*[?&]$2=\([^&#]*\).*/\1/p"; }

print() {
  local response=$1 token
  token=$(printf '%s' "$response" | json_field access_token)
  if [ -z "$token" ]; then
    fail "no token: $(printf '%s' "$response" | json_field error_description || true) $(printf '%s' "$response" | json_field error || true)"
  fi
  if $json; then printf '%s\n' "$response"; else printf '%s\n' "$token"; fi
}

if [ "$1" = "--client" ]; then
  [ $# -eq 3 ] || usage
  print "$(curl -sS "$url/connect/token" \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$2" \
    --data-urlencode "client_secret=$3")"
  exit 0
fi

username=$1
password=${2:-ruleoflaw-demo}
client_id=${RULEOFLAW_CLIENT_ID:-ruleoflaw-portal}
redirect_uri=${RULEOFLAW_REDIRECT_URI:-http://localhost/callback}
scope=${RULEOFLAW_SCOPE:-openid profile roles offline_access ruleoflaw-api}

jar=$(mktemp -t ruleoflaw-token-XXXXXX)
trap 'rm -f "$jar"' EXIT
browser() { curl -sS -c "$jar" -b "$jar" "$@"; }

verifier=$(openssl rand 32 | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(openssl rand 8 | base64url)

# 1. The authorization request sends us to the login page (nobody is signed in yet).
login_url=$(browser -o /dev/null -w '%{redirect_url}' -G "$url/connect/authorize" \
  --data-urlencode "client_id=$client_id" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode response_type=code \
  --data-urlencode "scope=$scope" \
  --data-urlencode "state=$state" \
  --data-urlencode "code_challenge=$challenge" \
  --data-urlencode code_challenge_method=S256)
case "$login_url" in
  */account/login*) ;;
  *) fail "the authorization request was refused (is $client_id registered, with $redirect_uri?): ${login_url:-no redirect}" ;;
esac

# 2. The login page: its antiforgery token and cookie, then the credentials.
page=$(browser "$login_url")
antiforgery=$(printf '%s' "$page" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p')
[ -n "$antiforgery" ] || fail "no login form at $login_url"
return_url=$(query_param "$login_url" ReturnUrl)
after_login=$(browser -o /dev/null -w '%{http_code} %{redirect_url}' "$url/account/login" \
  --data-urlencode "__RequestVerificationToken=$antiforgery" \
  --data-urlencode "username=$username" \
  --data-urlencode "password=$password" \
  --data "returnUrl=$return_url")
[ "${after_login%% *}" = 302 ] || fail "sign-in refused for $username (wrong password, or the account is disabled)"

# 3. Back at the authorization endpoint, signed in: it redirects to the client with the code.
callback=$(browser -o /dev/null -w '%{redirect_url}' "${after_login#* }")
code=$(query_param "$callback" code)
[ -n "$code" ] || fail "no code: $(url_decode "$(query_param "$callback" error_description)")"

# 4. The code and the PKCE verifier for the tokens.
print "$(curl -sS "$url/connect/token" \
  --data-urlencode grant_type=authorization_code \
  --data-urlencode "code=$(url_decode "$code")" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "client_id=$client_id" \
  --data-urlencode "code_verifier=$verifier")"
