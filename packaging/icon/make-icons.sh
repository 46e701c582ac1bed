#!/usr/bin/env bash
# Renders the icon PNGs and packs the Windows .ico and macOS .icns from them.
# Needs a JDK 17 (java), ImageMagick (convert) and icnsutils (png2icns):
#   apt-get install -y imagemagick icnsutils
# The outputs are committed, so a normal build never runs this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
java "$here/RenderIcon.java" "$here/png"
png() { echo "$here/png/ect-support-desk-$1.png"; }
# ImageMagick itself, not a stand-in earlier on PATH.
magick_convert=/usr/bin/convert
[ -x "$magick_convert" ] || magick_convert=convert
"$magick_convert" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" "$here/ect-support-desk.ico"
png2icns "$here/ect-support-desk.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
echo "Icons written to $here"
