#!/usr/bin/env bash
# The README's test command. On a Debian machine with the .NET 10 SDK it installs, with apt, what the tests need
# that the SDK lacks, then runs the whole suite; arguments are passed on to `dotnet test`
# (e.g. ./test.sh --project tests/Archive.Api.Tests --filter-class Archive.Api.Tests.Web.WebPageTests).
#
# Installed when missing: the packages listed in `needs` below, each with the file the tests look for and why;
# axe-core from npm (npm itself from apt when missing) into ~/.cache/bali-process-archive/axe-core; and the clients
# users already have (tests/clients/package.json, pinned by its lock file: Redocly's linter, openapi-typescript and
# openapi-fetch, ajv, the MCP TypeScript SDK) into ~/.cache/bali-process-archive/clients.
# Set ARCHIVE_TEST_NO_INSTALL=1 to only report what is missing.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

needs=(
    "chromium|/usr/lib/chromium/chromium|the browser tests drive Debian's chromium headless (Playwright downloads no browser)"
    "tesseract-ocr|/usr/bin/tesseract|the OCR tests read scanned pages with the real Tesseract"
    "tesseract-ocr-eng|/usr/share/tesseract-ocr/5/tessdata/eng.traineddata|the OCR tests read English scans (eng+ind)"
    "tesseract-ocr-ind|/usr/share/tesseract-ocr/5/tessdata/ind.traineddata|the OCR tests read Indonesian scans (eng+ind)"
    "poppler-utils|/usr/bin/pdftoppm|OCR renders scanned pages with pdftoppm"
    "docker-registry|/usr/bin/docker-registry|the container image test serves its Debian base image from a registry on the loopback"
    "mmdebstrap|/usr/bin/mmdebstrap|the container image test builds that base image from Debian's packages"
    "umoci|/usr/bin/umoci|the container image test turns the base's root folder into an OCI image"
    "skopeo|/usr/bin/skopeo|the container image test copies the base image into the registry"
    "libreoffice-writer-nogui|/usr/bin/soffice|the draft review test opens the commented Word file in LibreOffice, as drafters do, and reads its comments from the PDF"
    "pandoc|/usr/bin/pandoc|the citation tests render every citation format with pandoc's citeproc, as researchers do"
    "biber|/usr/bin/biber|the citation tests validate the biblatex records against biblatex's data model with biber"
    "translate-toolkit|/usr/lib/python3/dist-packages/translate/storage/tmx.py|the export tests read the TMX translation memory back with Translate Toolkit's TMX reader, as translators' tools do"
    "prometheus|/usr/bin/promtool|the metrics tests lint /metrics with promtool and scrape it with a real Prometheus server"
    "python3-feedparser|/usr/lib/python3/dist-packages/feedparser/__init__.py|the feed tests read every Atom feed with feedparser, the parser behind many feed readers"
)

# axe-core, which the accessibility tests run in chromium, comes from npm into a cache folder outside the checkout
# (never into the repository); the tests find it through AXE_CORE_PATH.
axe_version=4.14.1
axe_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/bali-process-archive/axe-core"
export AXE_CORE_PATH="${AXE_CORE_PATH:-$axe_prefix/node_modules/axe-core/axe.min.js}"
# The client tests run those packages with node, against the real service.
clients_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/bali-process-archive/clients"
export ARCHIVE_CLIENTS_PATH="${ARCHIVE_CLIENTS_PATH:-$clients_prefix/node_modules}"
clients_installed() { cmp -s tests/clients/package-lock.json "$clients_prefix/package-lock.json" && [ -d "$ARCHIVE_CLIENTS_PATH" ]; }
if { ! [ -e "$AXE_CORE_PATH" ] || ! clients_installed; } && ! command -v npm >/dev/null 2>&1; then
    needs+=("npm|/usr/bin/npm|npm installs axe-core $axe_version, which the accessibility tests run in chromium, and the client packages")
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: the .NET 10 SDK (dotnet) is not on PATH: install it from https://dotnet.microsoft.com/" >&2
    exit 1
fi

missing=()
for need in "${needs[@]}"; do
    IFS='|' read -r package path why <<<"$need"
    if ! [ -e "$path" ]; then
        echo "test.sh: installing $package with apt: $why"
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    if [ -n "${ARCHIVE_TEST_NO_INSTALL:-}" ]; then
        echo "test.sh: missing ${missing[*]} (ARCHIVE_TEST_NO_INSTALL is set: not installing)" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "test.sh: ${missing[*]} must be installed as root (apt-get install ${missing[*]}), and sudo is not available" >&2
        exit 1
    fi
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    echo "test.sh: installed ${missing[*]}"
fi

if ! [ -e "$AXE_CORE_PATH" ]; then
    if [ -n "${ARCHIVE_TEST_NO_INSTALL:-}" ]; then
        echo "test.sh: axe-core is missing at $AXE_CORE_PATH (ARCHIVE_TEST_NO_INSTALL is set: not installing)" >&2
        exit 1
    fi
    echo "test.sh: installing axe-core $axe_version with npm into $axe_prefix: the accessibility tests run it in chromium"
    mkdir -p "$axe_prefix"
    npm install --no-save --no-audit --no-fund --prefix "$axe_prefix" "axe-core@$axe_version" >/dev/null
    if ! [ -e "$AXE_CORE_PATH" ]; then
        echo "test.sh: npm installed axe-core, but $AXE_CORE_PATH is not there: set AXE_CORE_PATH to its axe.min.js" >&2
        exit 1
    fi
fi

if ! clients_installed; then
    if [ -n "${ARCHIVE_TEST_NO_INSTALL:-}" ]; then
        echo "test.sh: the client packages are missing at $ARCHIVE_CLIENTS_PATH (ARCHIVE_TEST_NO_INSTALL is set: not installing)" >&2
        exit 1
    fi
    echo "test.sh: installing the client packages of tests/clients/package.json with npm into $clients_prefix"
    rm -rf "$clients_prefix"
    mkdir -p "$clients_prefix"
    cp tests/clients/package.json tests/clients/package-lock.json "$clients_prefix/"
    (cd "$clients_prefix" && npm ci --no-audit --no-fund >/dev/null)
fi

exec dotnet test "$@"
