#!/usr/bin/env bash
# Regenerates the jdeps part of jlink/jdk-modules.txt; the hand-added part below the
# "# --- added by hand" line is kept as it is.
#
# Usage: jlink/derive-modules.sh <input-dir> <javafx-dir>
#   input-dir:  the app jar and its dependency jars, without JavaFX (target/dist/input)
#   javafx-dir: the JavaFX jars (target/dist/javafx); the platform ones go on --module-path
#               because ControlsFX is a named module that requires JavaFX.
# After `mvn -B -Pdist package -DskipTests` both folders exist:
#   jlink/derive-modules.sh target/dist/input target/dist/javafx
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
input="${1:?input dir with the app and dependency jars}"
javafx="${2:?javafx dir}"
jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
list="$here/jdk-modules.txt"

fx_path="$(ls "$javafx"/javafx-*-[0-9]*-*.jar | tr '\n' ':')"
modules="$("${jdk_bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$fx_path" "$input"/*.jar | tail -n 1)"

by_hand="$(sed -n '/^# --- added by hand/,$p' "$list")"
{
    sed -n '1,/^# --- found by jdeps/p' "$list"
    tr ',' '\n' <<<"$modules" | grep -v '^javafx\.'
    echo
    echo "$by_hand"
} >"$list.new"
mv "$list.new" "$list"
echo "Updated $list; review the diff (git diff jlink/jdk-modules.txt)"
