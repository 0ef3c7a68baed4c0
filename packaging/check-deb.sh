#!/usr/bin/env bash
# Builds the Debian package from the current build tree into a scratch folder and checks what it declares.
set -euo pipefail
build_dir="$1"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
for dep in libqt6sql6-sqlite libqt6svg6 libqt6widgets6 liblinear4 libstemmer0d; do
    grep -q "Depends:.*$dep" <<<"$info" || { echo "missing dependency $dep in:"; echo "$info"; exit 1; }
done
grep -q "Suggests:.*libqt6sql6-psql" <<<"$info" || { echo "libqt6sql6-psql not suggested in:"; echo "$info"; exit 1; }
for f in usr/bin/souffleur usr/bin/souffleur-kb usr/bin/souffleur-hub usr/share/applications/souffleur.desktop \
         usr/share/icons/hicolor/scalable/apps/souffleur.svg usr/share/metainfo/io.souffleur.Souffleur.metainfo.xml; do
    grep -q "\./$f\$" <<<"$contents" || { echo "missing $f in the package"; exit 1; }
done
echo "ok: $(basename "$deb")"
