#!/usr/bin/env bash
# Builds the local base images the tests, benchmarks and demo use, with no pull from any registry:
#   local/debian:bookworm  Debian minbase from debootstrap, imported into the engine
#   local/node:bookworm    the same plus this machine's node binary
# Each is built once and reused while it is in the engine.
set -euo pipefail
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
here=$(cd "$(dirname "$0")" && pwd)
cache=${MCP_ORCH_CACHE:-"$here/../.cache"}
mkdir -p "$cache"
docker info >/dev/null 2>&1 || bash "$here/start-engine.sh"

debian_mirror() {
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1 || true)
  [ -n "$uri" ] || uri=$(grep -hs '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

if ! docker image inspect local/debian:bookworm >/dev/null 2>&1; then
  command -v debootstrap >/dev/null 2>&1 || bash "$here/install-parts.sh"
  rootfs="$cache/rootfs-bookworm"
  if [ ! -f "$rootfs/.complete" ]; then
    $sudo rm -rf "$rootfs"
    echo "build-base-images: debootstrap bookworm (about a minute)" >&2
    $sudo debootstrap --variant=minbase bookworm "$rootfs" "$(debian_mirror)" >"$cache/debootstrap.log" 2>&1 \
      || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    $sudo rm -rf "$rootfs/var/cache/apt/archives/"*.deb "$rootfs/var/lib/apt/lists/"*
    $sudo touch "$rootfs/.complete"
  fi
  $sudo tar -C "$rootfs" --exclude=./.complete -c . | docker import - local/debian:bookworm >/dev/null
  echo "build-base-images: local/debian:bookworm imported" >&2
fi

if ! docker image inspect local/node:bookworm >/dev/null 2>&1; then
  ctx=$(mktemp -d)
  trap 'rm -rf "$ctx"' EXIT
  cp "$(readlink -f "$(command -v node)")" "$ctx/node"
  printf 'FROM local/debian:bookworm\nCOPY node /usr/local/bin/node\nENV NODE_VERSION=%s\n' "$(node --version)" >"$ctx/Dockerfile"
  docker build -q -t local/node:bookworm "$ctx" >/dev/null
  echo "build-base-images: local/node:bookworm built" >&2
fi

# local/python:bookworm: Debian's python3 minimal, unpacked from its packages on the host (no pulls,
# no network inside a build), for the Python example.
if ! docker image inspect local/python:bookworm >/dev/null 2>&1; then
  ctx=$(mktemp -d)
  trap 'rm -rf "$ctx"' EXIT
  pkgs="python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libexpat1"
  if grep -qs 'VERSION_CODENAME=bookworm' /etc/os-release; then
    # bookworm host: its own apt has the very packages.
    # shellcheck disable=SC2086
    (cd "$ctx" && apt-get download $pkgs >/dev/null 2>&1) \
      || { $sudo apt-get update -qq >/dev/null && (cd "$ctx" && apt-get download $pkgs >/dev/null); }
  else
    # Another host (Ubuntu runners): download from bookworm through the debootstrap root's own apt.
    rootfs="$cache/rootfs-bookworm"
    [ -f "$rootfs/.complete" ] || { echo "build-base-images: $rootfs is missing; remove local/debian:bookworm and rerun" >&2; exit 1; }
    $sudo chroot "$rootfs" apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    $sudo chroot "$rootfs" sh -c "cd /tmp && apt-get download $pkgs >/dev/null"
    $sudo mv "$rootfs"/tmp/*.deb "$ctx"/ && $sudo chown "$(id -u)" "$ctx"/*.deb
    $sudo rm -rf "$rootfs/var/lib/apt/lists/"*
  fi
  mkdir "$ctx/root"
  for deb in "$ctx"/*.deb; do dpkg-deb -x "$deb" "$ctx/root"; done
  # The image has merged /usr (/lib -> usr/lib): move top-level dirs under usr so COPY keeps the links.
  for d in bin sbin lib lib64; do
    if [ -d "$ctx/root/$d" ] && [ ! -L "$ctx/root/$d" ]; then
      mkdir -p "$ctx/root/usr/$d" && cp -a "$ctx/root/$d/." "$ctx/root/usr/$d/" && rm -rf "${ctx:?}/root/$d"
    fi
  done
  ln -sf python3.11 "$ctx/root/usr/bin/python3"
  printf 'FROM local/debian:bookworm\nCOPY root/ /\n' >"$ctx/Dockerfile"
  docker build -q -t local/python:bookworm "$ctx" >/dev/null
  echo "build-base-images: local/python:bookworm built" >&2
fi
