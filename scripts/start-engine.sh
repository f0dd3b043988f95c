#!/usr/bin/env bash
# Starts Debian's Docker Engine when none answers. No bridge, no iptables: test containers use
# --network host, so every byte stays on 127.0.0.1.
set -euo pipefail
if docker info >/dev/null 2>&1; then echo "start-engine: an engine already answers" >&2; exit 0; fi
command -v dockerd >/dev/null 2>&1 || bash "$(dirname "$0")/install-parts.sh"
log=${DOCKERD_LOG:-/tmp/mcp-orchestrator-dockerd.log}
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
nohup $sudo dockerd --bridge=none --iptables=false --ip-masq=false >"$log" 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then echo "start-engine: engine ready" >&2; exit 0; fi
  sleep 0.5
done
echo "start-engine: dockerd did not answer within 30s; see $log" >&2
tail -20 "$log" >&2 || true
exit 1
