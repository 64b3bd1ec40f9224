#!/usr/bin/env bash
# Installs, from Debian 12 packages, everything needed to build, run and test
# Privacy Console. Safe to run again: apt-get skips what is already there.
#
#   packaging/install-deps.sh          build and run dependencies
#   packaging/install-deps.sh --tests  also the test tools (PostgreSQL server, Xvfb, poppler, unzip,
#                                      the package checkers)
set -euo pipefail

want_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
    esac
done

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    libgl-dev libvulkan-dev
    libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra
    libsodium-dev libsqlite3-dev libpq-dev libzip-dev libicu-dev fonts-dejavu-core
    postgresql-client-15
)
if [ "$want_tests" = 1 ]; then
    packages+=(postgresql-15 openssl xvfb xauth poppler-utils sqlite3 unzip dpkg-dev desktop-file-utils appstream locales)
    # LibreOffice without a display: saves the spreadsheets the tests read as
    # officers' suites do, and opens the documents the register is written to.
    packages+=(libreoffice-calc-nogui libreoffice-writer-nogui)
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The tests sign in to the server under a French locale, libpq's messages in French.
if [ "$want_tests" = 1 ] && ! locale -a 2>/dev/null | grep -qix 'fr_FR.utf8'; then
    $sudo localedef -i fr_FR -c -f UTF-8 -A /usr/share/locale/locale.alias fr_FR.UTF-8
fi
