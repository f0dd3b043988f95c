#!/usr/bin/env bash
# Installs and starts every real part the tests need, on a fresh machine or a warm one:
# Debian packages, Docker Engine, Node 24, the local registries, the real Kubernetes of ../shared/k8s,
# the base images, and the test fixtures (each scripts/fixtures/*.sh, in order; each builds once and reuses what it built).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS" >&2; }
step "install Debian parts";  bash "$here/install-parts.sh"
step "start Docker Engine";   bash "$here/start-engine.sh"
step "install Node 24";       bash "$here/install-node24.sh" >/dev/null
if [ -f "$here/start-registries.sh" ]; then step "start registries"; bash "$here/start-registries.sh"; fi
# A cluster named by KUBECONFIG (kind, minikube) is the one the tests use; else the shared one.
if [ -z "${KUBECONFIG:-}" ]; then step "start Kubernetes"; bash "$here/start-k8s.sh" >/dev/null; fi
step "build base images";     bash "$here/build-base-images.sh"
for fixture in "$here"/fixtures/*.sh; do
  [ -e "$fixture" ] || continue
  step "fixture $(basename "$fixture")"
  bash "$fixture"
done
step "ready"
