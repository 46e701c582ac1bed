#!/usr/bin/env bash
# Builds the Java runtime image the app ships with: the JDK modules in jlink/jdk-modules.txt plus
# JavaFX as real modules (the platform jars carry the native libraries), with a base CDS archive.
#
# Usage: jlink/build-runtime.sh <javafx-dir> <output-dir>
#   javafx-dir: holds javafx-<name>-<version>-<platform>.jar (Maven's copy of org.openjfx)
#   output-dir: the runtime image to create (deleted first)
# Uses jlink from $JAVA_HOME, else from PATH; it must be JDK 17 (the app's release).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
javafx="${1:?javafx dir}"
output="${2:?output dir}"
jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

jlink_version="$("${jdk_bin}jlink" --version)"
case "$jlink_version" in
    17|17.*) ;;
    *) echo "jlink $jlink_version found; the runtime must be built with JDK 17 (set JAVA_HOME)" >&2; exit 1 ;;
esac

# Only the platform jars are modules with native code; the plain ones are empty placeholders.
fx_jars=("$javafx"/javafx-*-[0-9]*-*.jar)
[ -e "${fx_jars[0]}" ] || { echo "No JavaFX platform jars in $javafx" >&2; exit 1; }
fx_path="$(IFS=:; echo "${fx_jars[*]}")"

jdk_modules="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jdk-modules.txt" | grep -v '^$' | paste -sd, -)"
modules="$jdk_modules,javafx.base,javafx.graphics,javafx.controls,javafx.swing"

rm -rf "$output"
"${jdk_bin}jlink" \
    --module-path "$fx_path" \
    --add-modules "$modules" \
    --include-locales en,en-GB \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --output "$output"

# jlink 17 skips the CDS archive quietly when it cannot make one; make sure it is there.
if ! ls "$output"/lib/server/classes*.jsa >/dev/null 2>&1; then
    "$output/bin/java" -Xshare:dump -version >/dev/null
fi
echo "Runtime image: $output ($(du -sh "$output" | cut -f1)); modules: $modules"
