#!/usr/bin/env bash
# Makes the Debian package from a build, checks its desktop entry and AppStream
# metadata, installs it with dpkg on this machine and runs the installed
# program without a display: --version, demo, check and report.
#   packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=org.privacyconsole.PrivacyConsole
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

echo "== The package"
rm -f "$build"/privacy-console_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/privacy-console_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v '/$'

echo "== Its desktop entry and AppStream metadata"
desktop-file-validate "$root/packaging/linux/$id.desktop"
appstreamcli validate --no-net "$root/packaging/linux/$id.metainfo.xml"

echo "== Installed with dpkg"
export DEBIAN_FRONTEND=noninteractive
if ! $sudo dpkg -i "$deb"; then
    # A dependency missing on this machine: apt brings it, then dpkg finishes.
    $sudo apt-get install -f -y -q --no-install-recommends
fi
dpkg-query -W -f='${Package} ${Version} ${Status}\n' privacy-console | grep -q "install ok installed"
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"
test -f "/usr/share/icons/hicolor/scalable/apps/$id.svg"
test -f "/usr/share/icons/hicolor/256x256/apps/$id.png"

echo "== The installed program, without a display"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANGUAGE=en
/usr/bin/privacy-console --version
/usr/bin/privacy-console demo --database "$work/demo.sqlite"
/usr/bin/privacy-console check --database "$work/demo.sqlite"
/usr/bin/privacy-console report ropa --organization SOFTNLABS --lang fr --database "$work/demo.sqlite" --out "$work/ropa.pdf"
/usr/bin/privacy-console report requests --organization SmartOps --database "$work/demo.sqlite" --out "$work/requests.csv"
pages=$(pdfinfo "$work/ropa.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -gt 1 ] || { echo "The installed program wrote an empty report" >&2; exit 1; }
echo "The report: $pages pages; the CSV: $(wc -l < "$work/requests.csv") lines"
echo "The package $(basename "$deb") installs and runs."
