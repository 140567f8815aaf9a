#!/usr/bin/env bash
# Takes a screenshot of a policytext report page with headless Chromium, the way an analyst's browser shows it.
#
#   scripts/screenshot.sh REPORT.html[#ANCHOR] OUT.png [WIDTHxHEIGHT]      (default 1440x1000)
#
# An anchor opens the page there, as a link would: `report.html#d0-t0` shows target 0 of the first document
# with its values in the inspector. When `pngquant` is installed the picture is reduced to a 256-colour palette
# (a third of the size, no visible change on text).
# Needs Debian's `chromium` package (apt-get install -y chromium; fonts-noto-cjk for Chinese glyphs). When
# chromium is absent the script says so and exits 0: a skipped check, not a failure.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
    exit 2
fi
report=${1%%#*}
anchor=""
[[ $1 == *"#"* ]] && anchor="#${1#*#}"
out=$2
size=${3:-1440x1000}
if [[ ! -f $report ]]; then
    echo "screenshot: no such file: $report" >&2
    exit 2
fi
if [[ ! $size =~ ^[0-9]+x[0-9]+$ ]]; then
    echo "screenshot: size must be WIDTHxHEIGHT, got $size" >&2
    exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [[ -z $browser ]]; then
    echo "screenshot: skipped: chromium is not installed (apt-get install -y chromium)"
    exit 0
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "screenshot: warning: no Chinese font installed (apt-get install -y fonts-noto-cjk); glyphs will show as boxes" >&2
fi

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")$anchor"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

# --no-sandbox: containers often run as root, where Chromium's sandbox refuses to start.
# --virtual-time-budget lets the page's script run before the picture is taken.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check \
    --user-data-dir="$profile" --force-device-scale-factor=1 --window-size="${size/x/,}" \
    --run-all-compositor-stages-before-draw --virtual-time-budget=3000 --screenshot="$out_abs" "$url" >"$profile/log" 2>&1 || {
    cat "$profile/log" >&2
    echo "screenshot: chromium failed" >&2
    exit 1
}
if [[ ! -s $out_abs ]]; then
    cat "$profile/log" >&2
    echo "screenshot: chromium wrote no picture" >&2
    exit 1
fi
if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --output "$out_abs" -- "$out_abs" || true
fi
echo "screenshot: $out ($(wc -c <"$out_abs") bytes, $size)"
