#!/usr/bin/env bash
# Starts the real single-node Kubernetes of ../shared/k8s (etcd, kube-apiserver, controller-manager,
# scheduler, a kubelet on containerd; all on loopback) for the Kubernetes tests, and writes the
# admin kubeconfig's path to /var/tmp/mcp-orchestrator/kubeconfig-path, where
# test/helpers/kubernetes.ts reads it. Idempotent: when the cluster runs this takes about a second.
#
# The shared folder sits beside the repository checkout (CI copies it there); /work/shared is the
# fallback. The cluster reuses our plain registry on 127.0.0.1:5000 (started first, below), so
# images pushed there by tests are what pods pull.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state=${MCP_ORCH_STATE_DIR:-/var/tmp/mcp-orchestrator}
start=""
for candidate in "$(dirname "$root")/shared/k8s/start" /work/shared/k8s/start; do
  if [ -f "$candidate" ]; then start=$candidate; break; fi
done
if [ -z "$start" ]; then
  echo "start-k8s: no shared/k8s/start beside the checkout ($(dirname "$root")/shared) nor at /work/shared; use any cluster instead: export KUBECONFIG=<its kubeconfig>" >&2
  exit 1
fi

# The cluster takes the registry on 5000 when one already listens there; make sure ours does.
curl -s -o /dev/null http://127.0.0.1:5000/v2/ || bash "$root/scripts/start-registries.sh"

mkdir -p "$state"
# No KUBECONFIG for start: it would copy the admin kubeconfig over the caller's own file.
kubeconfig=$(env -u KUBECONFIG K8S_REGISTRY_PORT=5000 bash "$start" | tail -n 1)
if [ ! -s "$kubeconfig" ]; then
  echo "start-k8s: $start printed no kubeconfig path (got: '$kubeconfig')" >&2
  exit 1
fi
printf '%s\n' "$kubeconfig" >"$state/kubeconfig-path"
echo "start-k8s: cluster ready; export KUBECONFIG=$kubeconfig" >&2
echo "$kubeconfig"
