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
# The dashboard, the worklist, each register with its first record selected
# and, for those with a record page, that record opened ("NAME:open", saved
# as NAME-open-LANG.png), and the deadline rules; on a laptop's screen
# (1366x768, the size the window's tests check), and the dashboard and a
# request on a dark desktop.
size="${PC_SCREENSHOT_SIZE:-1366x768}"
pages="dashboard worklist countdown activities activities:open subjects subjects:open consents requests requests:open
       processors processors:open retention breaches breaches:open audit deadline-rules reports dpias dpias:open"
shoot() { # LANGUAGE APPEARANCE PAGE FILE
    printf "[General]\nlanguage=%s\nappearance=%s\n" "$1" "$2" > "$XDG_CONFIG_HOME/privacy-console/privacy-console.conf"
    xvfb-run -a -s "-screen 0 ${size}x24" "$app" --database "$work/demo.sqlite" --page "$3" --screenshot "$4"
}
for language in en fr; do
    for page in $pages; do
        name="${page%:open}"
        [ "$name" != "$page" ] && name="$name-open"
        shoot "$language" system "$page" "$out/$name-$language.png"
    done
    # An assessment's validation (its risk map), and an activity's screening.
    shoot "$language" system dpias:open:validation "$out/dpias-validation-$language.png"
    shoot "$language" system screening=SNL-05 "$out/screening-$language.png"
    # The notification of the demo's breach of yesterday to the CNIL, and its letters to the people.
    shoot "$language" system "notice=SOFTNLABS-BR-$(date -d yesterday +%Y)-02" "$out/notice-$language.png"
    shoot "$language" system "letters=SMOALL-BR-$(date -d yesterday +%Y)-02" "$out/letters-$language.png"
    # The import dialog on a real request letter, once it has been read.
    printf "[General]\nlanguage=%s\n" "$language" > "$XDG_CONFIG_HOME/privacy-console/privacy-console.conf"
    PC_SCREENSHOT_DELAY=8000 xvfb-run -a -s "-screen 0 ${size}x24" \
        "$app" --database "$work/demo.sqlite" --no-welcome \
        --page "import=$root/tests/fixtures/gdpr-letters/erase_$language.pdf" --screenshot "$out/import-$language.png"
done
shoot en dark dashboard "$out/dashboard-dark-en.png"
shoot en dark requests:open "$out/requests-open-dark-en.png"
# A page of the record of processing activities as printed (pdftoppm, from
# poppler-utils), in French and in English.
for language in fr en; do
    "$app" report ropa --organization SOFTNLABS --lang "$language" --database "$work/demo.sqlite" \
        --out "$work/ropa-$language.pdf" >/dev/null
    pdftoppm -png -r 70 -f 5 -l 5 -singlefile "$work/ropa-$language.pdf" "$out/report-ropa-$language"
done
# The demo's wellness programme assessment as printed: its validation page.
for language in fr en; do
    "$app" report dpia --dpia 1 --lang "$language" --database "$work/demo.sqlite" --out "$work/dpia-$language.pdf" >/dev/null
    page=$(pdftotext "$work/dpia-$language.pdf" - | awk '/\f/{n++} /^4\. Validation$/{p=n+1} END{print p}')
    pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$work/dpia-$language.pdf" "$out/report-dpia-$language"
done
echo "Screenshots written to $out"
