#!/usr/bin/env bash
# Builds everything under target/dist: the Java runtime image, the app image and, when this host
# can make one, the native installer (.deb on Linux, .msi on Windows, .dmg on macOS).
# Run by `mvn -B -Pdist package -DskipTests` after Maven has copied the dependency jars into
# <dist>/input (everything except JavaFX) and the JavaFX jars into <dist>/javafx.
#
# Usage: packaging/build-dist.sh <app-jar> <version> <dist-dir>      (from the project root)
# DIST_INSTALLER=none skips the installer (the app image is still made).
set -euo pipefail
app_jar="${1:?app jar}"
version="${2:?version}"
dist="${3:?dist dir}"
jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
cd "$(dirname "$0")/.."

case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=mac ;;
    MINGW*|MSYS*|CYGWIN*) platform=windows ;;
    *) echo "Unsupported build host $(uname -s)" >&2; exit 1 ;;
esac

# jpackage versions are numeric only: 0.1.0-SNAPSHOT becomes 0.1.0.
app_version="${version%%-*}"

cp "$app_jar" "$dist/input/"
if [ "$platform" = linux ]; then
    install -m 755 packaging/linux/ect-support-desk "$dist/input/ect-support-desk"
fi

bash jlink/build-runtime.sh "$dist/javafx" "$dist/runtime"

rm -rf "$dist/app-image"
"${jdk_bin}jpackage" --type app-image \
    @packaging/jpackage/common.args @packaging/jpackage/launcher.args @"packaging/jpackage/$platform-image.args" \
    --app-version "$app_version" \
    --input "$dist/input" --main-jar "$(basename "$app_jar")" \
    --runtime-image "$dist/runtime" \
    --dest "$dist/app-image"
image="$(find "$dist/app-image" -mindepth 1 -maxdepth 1 | head -n 1)"
echo "App image: $image"

if [ "${DIST_INSTALLER:-native}" = none ]; then
    exit 0
fi
if [ "$platform" = linux ]; then
    for tool in dpkg-deb fakeroot; do
        if ! command -v "$tool" >/dev/null; then
            echo "No .deb made: $tool is missing (apt-get install -y fakeroot dpkg), or set DIST_INSTALLER=none" >&2
            exit 1
        fi
    done
fi
"${jdk_bin}jpackage" \
    @packaging/jpackage/common.args @"packaging/jpackage/$platform-installer.args" \
    --app-version "$app_version" \
    --app-image "$image" \
    --dest "$dist"
ls -l "$dist"
