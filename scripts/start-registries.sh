#!/usr/bin/env bash
# Starts two local CNCF distribution registries (Debian's docker-registry) on loopback:
#   $REGISTRY_PLAIN_ADDR (default 127.0.0.1:5000)  plain HTTP, anonymous
#   $REGISTRY_AUTH_ADDR  (default 127.0.0.1:5443)  TLS (a CA made here with openssl) + htpasswd auth
# State under $MCP_ORCH_REGISTRY_DIR: ca.pem, credentials (user:password, generated once), storage,
# and plain.yml/auth.yml whose `addr:` is where test/helpers/registries.ts finds each registry.
# Each runs under `timeout` so a forgotten registry stops by itself. Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Machine-wide, like the ports: every clone on this machine talks to the same two registries.
dir=${MCP_ORCH_REGISTRY_DIR:-/var/tmp/mcp-orchestrator/registries}
mkdir -p "$dir"
command -v docker-registry >/dev/null 2>&1 || bash "$root/scripts/install-parts.sh"
lifetime=${REGISTRY_LIFETIME:-4h}
plain_addr=${REGISTRY_PLAIN_ADDR:-127.0.0.1:5000}
auth_addr=${REGISTRY_AUTH_ADDR:-127.0.0.1:5443}

if [ ! -f "$dir/ca.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mcp-orchestrator test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 3650 \
    -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
fi
if [ ! -f "$dir/credentials" ]; then
  password=$(openssl rand -hex 16)
  htpasswd -Bbc "$dir/htpasswd" tester "$password" 2>/dev/null
  printf 'tester:%s' "$password" >"$dir/credentials"
  chmod 600 "$dir/credentials"
fi

write_config() { # name addr extra
  cat >"$dir/$1.yml" <<YAML
version: 0.1
log: { level: warn }
storage:
  filesystem: { rootdirectory: $dir/$1-storage }
  delete: { enabled: true }
http:
  addr: $2
$3
YAML
}
write_config plain "$plain_addr" ""
write_config auth "$auth_addr" "  tls: { certificate: $dir/server.pem, key: $dir/server.key }
auth:
  htpasswd: { realm: mcp-orchestrator-test, path: $dir/htpasswd }"

start() { # name url curl-args...
  local name=$1 url=$2; shift 2
  if curl -s -o /dev/null "$@" "$url"; then return 0; fi
  nohup timeout "$lifetime" docker-registry serve "$dir/$name.yml" >"$dir/$name.log" 2>&1 &
  for _ in $(seq 1 50); do
    if curl -s -o /dev/null "$@" "$url"; then echo "start-registries: $name registry on $url" >&2; return 0; fi
    sleep 0.2
  done
  echo "start-registries: the $name registry did not answer; see $dir/$name.log" >&2
  tail -5 "$dir/$name.log" >&2
  return 1
}
start plain "http://$plain_addr/v2/"
start auth "https://$auth_addr/v2/" --cacert "$dir/ca.pem"
