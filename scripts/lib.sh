# Shared by run.sh and test.sh: sourced, not run.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The .NET SDK keeps its caches under HOME; a bare environment (a CI runner, cron) may not set it.
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  local port
  while true; do
    port=$(( (RANDOM % 12768) + 20000 )) # below the ephemeral range (32768 and up), as the AppHost picks
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# containers | local: RULEOFLAW_INFRASTRUCTURE=containers|local|auto (default auto) decides;
# auto takes containers only where a container engine answers.
infrastructure_mode() {
  local mode=${RULEOFLAW_INFRASTRUCTURE:-auto}
  case "$mode" in
    containers|local) echo "$mode" ;;
    auto)
      if command -v "${ASPIRE_CONTAINER_RUNTIME:-docker}" >/dev/null 2>&1 && timeout 15 "${ASPIRE_CONTAINER_RUNTIME:-docker}" info >/dev/null 2>&1; then
        echo containers
      else
        echo local
      fi ;;
    *) echo "RULEOFLAW_INFRASTRUCTURE must be containers, local or auto, not '$mode'" >&2; return 1 ;;
  esac
}

# The AppHost that this checkout started, from .local/apphost.pid: its pid only if that process is
# running this checkout's AppHost binary in this checkout's AppHost folder. A pid file copied with
# the checkout, or a pid the system has since given to another process, names nothing: stop.sh in
# one checkout never stops another checkout's system.
apphost_pid() {
  local pid_file="$repo_root/.local/apphost.pid" pid exe cwd
  [ -f "$pid_file" ] || return 1
  pid=$(head -n 1 "$pid_file")
  case "$pid" in ''|*[!0-9]*) return 1 ;; esac
  kill -0 "$pid" 2>/dev/null || return 1
  cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || return 1
  exe=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | head -n 1) || return 1
  [ "$cwd" = "$repo_root/AppHost" ] || return 1
  case "$exe" in "$repo_root"/AppHost/bin/*/RuleOfLaw.AppHost) ;; *) return 1 ;; esac
  echo "$pid"
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/download); install it and run this again." >&2
    exit 1
  fi
}

# Installs what local mode needs and is missing: PostgreSQL and RabbitMQ from the distribution's packages.
install_local_prerequisites() {
  local missing=()
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
  command -v pg_isready >/dev/null 2>&1 || missing+=(postgresql-client)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  # The packages' own services are not used: the system starts its own servers on free ports.
  apt_install "${missing[@]}"
}

# The browser tests' Chromium (Debian's: Playwright's own browsers are never downloaded) and a CJK font, so
# that Chinese renders in the pages and the screenshots. Needed in both modes: the browser runs on this machine.
install_browser_prerequisites() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
  apt_install "${missing[@]}"
}

# Installs the named distribution packages, if any, with apt: as root in CI, with sudo otherwise.
apt_install() {
  [ $# -gt 0 ] || return 0
  log "Installing $*"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing $* needs root or sudo." >&2; exit 1; }
    sudo=(sudo)
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Install $* with your system's package manager, then run this again." >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

build_solution() {
  log "Building"
  dotnet build "$repo_root/RuleOfLaw.sln" -c "${CONFIGURATION:-Debug}" -warnaserror -nologo -clp:ErrorsOnly -v:q "$@"
}

# Spectral, which the contract tests run over every service's OpenAPI document, from tools/spectral's lock file;
# installed again only when the lock file changed since the last install.
install_spectral() { install_node_tool spectral; }

# dclint, which the deployment tests run to validate deploy/compose against the Compose specification.
install_dclint() { install_node_tool dclint; }

# The deployment tests render deploy/k8s with `kubectl kustomize` (no cluster is needed); the overlays use
# Kustomize 5 (kubectl 1.27 or later; Debian's kubernetes-client package is too old).
# Without it the render tests (trait Category=NeedsKubectl) are left out, loudly, and everything else runs.
kubectl_usable() {
  local minor
  minor=$(kubectl version --client -o json 2>/dev/null | sed -n 's/.*"minor": *"\([0-9]*\).*/\1/p' | head -n 1)
  if [ -z "$minor" ] || [ "$minor" -lt 27 ]; then
    echo "WARNING: kubectl 1.27 or later is missing (https://kubernetes.io/docs/tasks/tools/): the tests that render deploy/k8s are LEFT OUT of this run." >&2
    return 1
  fi
}

# A Node.js tool in tools/NAME, from its lock file; installed again only when the lock file changed.
install_node_tool() {
  local dir="$repo_root/tools/$1"
  if ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are required for the tests (tools/$1); install them and run this again." >&2
    exit 1
  fi
  if [ -f "$dir/node_modules/.installed-lock.json" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
    return
  fi
  log "Installing $1"
  # No package needs its install scripts (one would only report the download).
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"
}
