#!/usr/bin/env bash
# Renders the application's icon, drawn once as SVG, into the PNG sizes the
# desktops and the window use (rsvg-convert, from librsvg2-bin). Run it after
# changing the SVG; the PNGs are kept in the source tree.
set -euo pipefail
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resources/icons/hicolor"
svg="$icons/scalable/apps/org.privacyconsole.PrivacyConsole.svg"
for size in 16 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$icons/${size}x${size}/apps/org.privacyconsole.PrivacyConsole.png"
done
echo "Icons written under $icons"
# The same pictures as a Windows icon (PNG entries) and a macOS icon set.
python3 - "$icons" "$icons/../../../packaging" <<'PY'
import struct, sys, os
icons, packaging = sys.argv[1], sys.argv[2]
def png(size):
    with open(f"{icons}/{size}x{size}/apps/org.privacyconsole.PrivacyConsole.png", "rb") as f:
        return f.read()
sizes = [16, 32, 48, 64, 128, 256]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries, blobs = b"", b""
for size in sizes:
    data = png(size)
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
    blobs += data
os.makedirs(f"{packaging}/windows", exist_ok=True)
with open(f"{packaging}/windows/privacy-console.ico", "wb") as f:
    f.write(header + entries + blobs)
chunks = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size)
                  for kind, size in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)])
os.makedirs(f"{packaging}/macos", exist_ok=True)
with open(f"{packaging}/macos/privacy-console.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
