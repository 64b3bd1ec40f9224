#!/usr/bin/env bash
# Pictures the real application under Xvfb, in English and in French, on a
# fresh demo database: the images of the README and the AppStream metadata.
#   packaging/screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app="${1:-$root/build}/ui/privacy-console"
out="$root/packaging/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME/privacy-console" "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"
"$app" demo --database "$work/demo.sqlite" >/dev/null
# The dashboard, the worklist, each register with its first record in the
# form, and the deadline rules.
pages="dashboard worklist countdown activities subjects consents requests processors retention breaches deadline-rules reports"
for language in en fr; do
    printf "[General]\nlanguage=%s\n" "$language" > "$XDG_CONFIG_HOME/privacy-console/privacy-console.conf"
    for page in $pages; do
        xvfb-run -a -s "-screen 0 1280x800x24" \
            "$app" --database "$work/demo.sqlite" --page "$page" --screenshot "$out/$page-$language.png"
    done
    # The import dialog on a real request letter, once it has been read.
    PC_SCREENSHOT_DELAY=8000 xvfb-run -a -s "-screen 0 1280x800x24" \
        "$app" --database "$work/demo.sqlite" --no-welcome \
        --page "import=$root/tests/fixtures/gdpr-letters/erase_$language.pdf" --screenshot "$out/import-$language.png"
done
# A page of the record of processing activities as printed (pdftoppm, from
# poppler-utils), in French and in English.
for language in fr en; do
    "$app" report ropa --organization SOFTNLABS --lang "$language" --database "$work/demo.sqlite" \
        --out "$work/ropa-$language.pdf" >/dev/null
    pdftoppm -png -r 70 -f 5 -l 5 -singlefile "$work/ropa-$language.pdf" "$out/report-ropa-$language"
done
echo "Screenshots written to $out"
