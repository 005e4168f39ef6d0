#!/usr/bin/env bash
# Regenerates every raster icon from resources/icons/numberdesk.svg (the one source) and is run by hand
# when the SVG changes; the results are committed so that no build needs an SVG rasterizer.
#   Linux: hicolor PNGs named after the app id; Windows: numberdesk.ico; macOS: numberdesk.icns.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SVG="$ROOT/resources/icons/numberdesk.svg"
APP_ID=io.github.numberdesk.NumberDesk
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$SVG" -o "$WORK/$size.png"
done
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$ROOT/packaging/icons/hicolor/${size}x${size}"
    cp "$WORK/$size.png" "$ROOT/packaging/icons/hicolor/${size}x${size}/$APP_ID.png"
done
cp "$WORK/256.png" "$ROOT/resources/icons/numberdesk-256.png" # the window icon, embedded
icotool -c -o "$ROOT/packaging/windows/numberdesk.ico" "$WORK"/{16,24,32,48,64,256}.png
png2icns "$ROOT/packaging/macos/numberdesk.icns" "$WORK"/{16,32,128,256,512,1024}.png >/dev/null
echo "icons regenerated from $SVG"
