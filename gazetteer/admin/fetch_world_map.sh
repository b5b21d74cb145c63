#!/bin/sh
# Copy Natural Earth's world_map.gpkg out of Debian's qgis-common package to $1, and its package version to
# $1.version. The derive scripts read countries and governorates from it (public domain data).
# Uses the installed package when there is one; otherwise downloads the .deb (no root needed when apt's lists
# are present; as root, refreshes them once if the download fails) and extracts the one file.
set -eu
out=$1
inside=usr/share/qgis/resources/data/world_map.gpkg
mkdir -p "$(dirname "$out")"
if [ -f "/$inside" ] && dpkg-query -W -f='${Version}' qgis-common >/dev/null 2>&1; then
  cp "/$inside" "$out.tmp"
  dpkg-query -W -f='${Version}' qgis-common > "$out.version"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  if ! (cd "$work" && apt-get download -q qgis-common >/dev/null 2>&1); then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -q >/dev/null 2>&1 || true
      (cd "$work" && apt-get download -q qgis-common >/dev/null 2>&1)
    else
      echo "could not download Debian's qgis-common (Natural Earth's outlines): run 'apt-get update' as root, or install qgis-common" >&2
      exit 1
    fi
  fi
  deb=$(ls "$work"/qgis-common_*.deb)
  dpkg-deb --fsys-tarfile "$deb" | tar -xO "./$inside" > "$out.tmp"
  dpkg-deb -f "$deb" Version > "$out.version"
fi
mv "$out.tmp" "$out"
