#!/usr/bin/env bash
# For the GitHub workflow's kind cluster (helm/kind-action, before scripts/ci-setup.sh): the
# tests push images to the plain registry on 127.0.0.1:5000, and the kind node must pull them by
# that same name. Inside the node 127.0.0.1 is the node itself, so this follows kind's "local
# registry" recipe (https://kind.sigs.k8s.io/docs/user/local-registry/):
#   1. a registry container published on the host's 127.0.0.1:5000 (start-registries.sh then finds
#      one answering there and does not start its own), joined to the `kind` network;
#   2. on each node, /etc/containerd/certs.d/127.0.0.1:5000/hosts.toml sends pulls of
#      127.0.0.1:5000/... to that container over the kind network (kind v0.27+ node images read
#      certs.d; older ones need the config_path patch the recipe shows);
#   3. the KEP-1755 ConfigMap kube-public/local-registry-hosting documents it;
#   4. KUBECONFIG is exported for the later steps, so ci-setup.sh does not start the shared cluster.
# Usage: bash scripts/kind-registry.sh [CLUSTER_NAME]   (default mcp-orchestrator)
set -euo pipefail
cluster=${1:-mcp-orchestrator}
name=mcp-orchestrator-registry
# registry 2.8.3 (the distribution registry the tests use elsewhere), by digest.
image='docker.io/library/registry:2.8.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373'
addr=127.0.0.1:5000

if [ "$(docker inspect -f '{{.State.Running}}' "$name" 2>/dev/null || true)" != 'true' ]; then
  docker run -d --restart=always --name "$name" --network bridge -p "$addr:5000" \
    -e REGISTRY_STORAGE_DELETE_ENABLED=true "$image" >/dev/null
fi
if [ "$(docker inspect -f '{{json .NetworkSettings.Networks.kind}}' "$name")" = 'null' ]; then
  docker network connect kind "$name"
fi

for node in $(kind get nodes --name "$cluster"); do
  docker exec "$node" mkdir -p "/etc/containerd/certs.d/$addr"
  printf '[host."http://%s:5000"]\n' "$name" | docker exec -i "$node" cp /dev/stdin "/etc/containerd/certs.d/$addr/hosts.toml"
done

kubectl apply -f - <<YAML
apiVersion: v1
kind: ConfigMap
metadata:
  name: local-registry-hosting
  namespace: kube-public
data:
  localRegistryHosting.v1: |
    host: "$addr"
    hostFromContainerRuntime: "$name:5000"
    help: "https://kind.sigs.k8s.io/docs/user/local-registry/"
YAML

for _ in $(seq 1 50); do
  if curl -fs -o /dev/null "http://$addr/v2/"; then break; fi
  sleep 0.2
done
curl -fs -o /dev/null "http://$addr/v2/" || { echo "kind-registry: nothing answers on http://$addr/v2/" >&2; exit 1; }

kubeconfig=${KUBECONFIG:-$HOME/.kube/config}
if [ -n "${GITHUB_ENV:-}" ]; then printf 'KUBECONFIG=%s\n' "$kubeconfig" >>"$GITHUB_ENV"; fi
echo "kind-registry: kind cluster $cluster pulls $addr/... from $name; KUBECONFIG=$kubeconfig" >&2
