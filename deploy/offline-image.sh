#!/usr/bin/env bash
# deploy/offline-image.sh OUTPUT.tar [extra dotnet publish arguments]
#
# Builds the API's container image as an OCI tarball with the SDK's own container support
# (dotnet publish -t:PublishContainer) on a machine that cannot reach mcr.microsoft.com and has no Docker daemon,
# such as an air-gapped office network or this project's CI. With access to mcr.microsoft.com, the README's plain
# `dotnet publish` command does the same without this script.
#
# The SDK takes its base image only from a registry, so the script:
#   1. builds a Debian bookworm base with what a self-contained .NET app needs (glibc, libstdc++, ICU, OpenSSL,
#      CA certificates, tzdata; user "app", uid 1654, as Microsoft's runtime-deps images) from Debian's packages,
#      cached as an OCI layout in $ARCHIVE_BASE_CACHE and keyed by a hash of its recipe;
#   2. serves it from a throwaway registry on 127.0.0.1:$ARCHIVE_REGISTRY_PORT, stopped on exit;
#   3. publishes src/Archive.Api self-contained for linux-x64 onto it, with bin/ and obj/ under a temporary
#      artifacts folder so the checkout's own build output is untouched.
#
# The tarball is an uncompressed tar holding an OCI image layout: `podman load -i OUTPUT.tar` or `docker load`.
# Needs root or sudo for apt (docker-registry, mmdebstrap, umoci, skopeo) when they are missing.
# ARCHIVE_REFRESH_BASE=1 rebuilds the base (to take Debian security updates).
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 OUTPUT.tar [extra dotnet publish arguments]" >&2
    exit 2
fi
output=$(realpath -m -- "$1")
shift
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${ARCHIVE_BASE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bali-process-archive/container-base}
registry=127.0.0.1:${ARCHIVE_REGISTRY_PORT:-5055}

# The base image's recipe: changing a line here changes the cache key.
suite=bookworm
packages=ca-certificates,libicu72,libssl3,tzdata
app_uid=1654
mirrors=(
    "deb http://deb.debian.org/debian $suite main"
    "deb http://deb.debian.org/debian $suite-updates main"
    "deb http://deb.debian.org/debian-security $suite-security main"
)
tag=$suite-$(printf '%s\n' 1 "$suite" "$packages" "$app_uid" "${mirrors[@]}" | sha256sum | cut -c1-12)
layout=$cache/oci

say() { printf 'offline-image: %s\n' "$*" >&2; }

as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(sudo -n)
missing=()
for package in docker-registry mmdebstrap umoci skopeo; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]} with apt (a registry, and the tools that build and copy the base image)"
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ${ARCHIVE_REFRESH_BASE:-0} == 1 ]] || ! umoci ls --layout "$layout" 2>/dev/null | grep -qx "$tag"; then
    say "building the base image $tag from Debian $suite ($packages)"
    mkdir -p "$cache"
    work=$(mktemp -d "$cache/build.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    # shellcheck disable=SC2016 # "$1" is the root folder mmdebstrap passes to each hook.
    "${as_root[@]}" mmdebstrap --quiet --mode=auto --format=tar --variant=essential --include="$packages" \
        --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
        --customize-hook="echo 'app:x:$app_uid:$app_uid:app:/home/app:/usr/sbin/nologin' >> \"\$1/etc/passwd\"" \
        --customize-hook="echo 'app:x:$app_uid:' >> \"\$1/etc/group\"" \
        --customize-hook="install -d -o $app_uid -g $app_uid \"\$1/home/app\"" \
        --customize-hook='rm -rf "$1"/var/cache/* "$1"/var/log/*' \
        "$suite" "$work/rootfs.tar" "${mirrors[@]}"
    umoci init --layout "$work/oci"
    umoci new --image "$work/oci:$tag"
    umoci raw add-layer --image "$work/oci:$tag" "$work/rootfs.tar"
    umoci config --image "$work/oci:$tag" --os linux --architecture amd64 \
        --config.user "$app_uid" --config.workingdir /app \
        --config.env 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --config.env "APP_UID=$app_uid" --config.env DOTNET_RUNNING_IN_CONTAINER=true
    umoci gc --layout "$work/oci"
    rm -rf "$layout" && mv "$work/oci" "$layout"
else
    say "using the cached base image $tag"
fi

if curl -s -o /dev/null -m 2 "http://$registry/v2/"; then
    say "something already listens on $registry: set ARCHIVE_REGISTRY_PORT to a free port"
    exit 1
fi
scratch=$(mktemp -d)
cat >"$scratch/registry.yml" <<YAML
version: 0.1
log: {level: warn}
storage:
  filesystem: {rootdirectory: $scratch/registry}
http:
  addr: $registry
YAML
docker-registry serve "$scratch/registry.yml" >"$scratch/registry.log" 2>&1 &
registry_pid=$!
stop() {
    kill "$registry_pid" 2>/dev/null || true
    wait "$registry_pid" 2>/dev/null || true
    rm -rf "$scratch" "${work:-}"
}
trap stop EXIT
for _ in $(seq 50); do
    curl -s -o /dev/null -m 1 "http://$registry/v2/" && break
    sleep 0.2
done
curl -sf -o /dev/null "http://$registry/v2/" || { cat "$scratch/registry.log" >&2; exit 1; }
skopeo copy --quiet --dest-tls-verify=false "oci:$layout:$tag" "docker://$registry/dotnet-base:$tag"

say "publishing src/Archive.Api onto it: $output"
mkdir -p "$(dirname "$output")"
# The SDK speaks https to every registry but "localhost": this one is plain http on the loopback.
DOTNET_CONTAINER_INSECURE_REGISTRIES=$registry MSBUILDDISABLENODEREUSE=1 \
    dotnet publish "$root/src/Archive.Api" -c Release -r linux-x64 --self-contained \
    --artifacts-path "$scratch/artifacts" -t:PublishContainer \
    -p:ContainerBaseImage="$registry/dotnet-base:$tag" \
    -p:ContainerGenerateLabelsImageBaseName=false \
    -p:ContainerArchiveOutputPath="$output" \
    -p:OpenApiGenerateDocuments=false \
    "$@"
say "done: $output"
