#!/usr/bin/env bash
# Build the Debian package from the PyInstaller bundle.
#   packaging/build-deb.sh       -> dist/mypage-desktop_<version>_<arch>.deb
# Builds the bundle with packaging/build-linux.sh first (PyInstaller in .venv + its offscreen
# smoke tests); MYPAGE_DEB_REUSE_BUNDLE=1 packs an existing dist/mypage-desktop/ instead.
# Needs dpkg-deb and patchelf; lintian when installed.
# Then checks the package with lintian when it is installed (overrides and the reasons:
# packaging/README.md).
#
# Layout: /opt/mypage-desktop/ (the bundle: mypage-desktop and mypage-admin),
# /usr/bin/mypage-desktop and /usr/bin/mypage-admin (launchers), the desktop entry, the
# machine policy /etc/mypage-desktop/config.toml (a conffile, every line commented out).
set -euo pipefail
exec </dev/null
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
cd "$REPO"
say() { printf '[deb] %s\n' "$*" >&2; }
die() { printf '[deb] ERROR: %s\n' "$*" >&2; exit 1; }

bundle="dist/mypage-desktop"
if [ "${MYPAGE_DEB_REUSE_BUNDLE:-0}" = 1 ] && [ -x "$bundle/mypage-desktop" ]; then
    say "reusing $bundle"
else
    "$HERE/build-linux.sh"
fi
[ -x "$bundle/mypage-admin" ] || die "no mypage-admin in $bundle (packaging/mypage-desktop.spec builds it)"

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/mypage_desktop/__init__.py)"
[ -n "$version" ] || die "no __version__ in src/mypage_desktop/__init__.py"
arch="$(dpkg --print-architecture)"
stage="build/deb/mypage-desktop_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/doc/mypage-desktop" "$stage/usr/share/lintian/overrides" \
    "$stage/usr/share/man/man1" "$stage/etc/mypage-desktop"

cp -a "$bundle" "$stage/opt/mypage-desktop"
# Files 0644 and folders 0755 (PyInstaller copies some libraries 0755 or 0600), executables 0755.
find "$stage/opt" -type d -exec chmod 0755 {} +
find "$stage/opt" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/mypage-desktop/mypage-desktop" "$stage/opt/mypage-desktop/mypage-admin"
# pyenv's extension modules carry RUNPATH=<the build machine's pyenv>/lib: meaningless on a PC
# (libpython is the bundle's, already loaded by the bootloader) and a lookup outside the
# package. Removed; $ORIGIN-relative run paths (Qt's) are kept.
command -v patchelf >/dev/null || die "patchelf is needed (apt-get install patchelf)"
while IFS= read -r -d '' lib; do
    path="$(patchelf --print-rpath "$lib" 2>/dev/null || true)"
    if [ -n "$path" ] && [[ "$path" != '$ORIGIN'* ]]; then
        patchelf --remove-rpath "$lib"
    fi
done < <(find "$stage/opt" -type f -name '*.so*' -print0)

for program in mypage-desktop mypage-admin; do
    cat >"$stage/usr/bin/$program" <<EOF
#!/bin/sh
# Starts the $program of the bundle in /opt/mypage-desktop (package mypage-desktop).
exec /opt/mypage-desktop/$program "\$@"
EOF
    chmod 0755 "$stage/usr/bin/$program"
done

install -m 0644 "$HERE/linux/mypage-desktop.desktop" "$stage/usr/share/applications/"
install -m 0644 "$HERE/linux/config.toml" "$stage/etc/mypage-desktop/config.toml"
install -m 0644 "$HERE/linux/copyright" "$stage/usr/share/doc/mypage-desktop/copyright"
install -m 0644 "$HERE/linux/mypage-desktop.lintian-overrides" \
    "$stage/usr/share/lintian/overrides/mypage-desktop"
for page in mypage-desktop mypage-admin; do
    gzip -9n <"$HERE/linux/$page.1" >"$stage/usr/share/man/man1/$page.1.gz"
done
# A native package's changelog: one entry for this version (the project's history is git).
date_r="$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
cat <<EOF | gzip -9n >"$stage/usr/share/doc/mypage-desktop/changelog.gz"
mypage-desktop ($version) stable; urgency=medium

  * Release $version of 求職者マイページ (see the project's git history).

 -- mypage-desktop maintainers <mypage-desktop@example.jp>  $date_r
EOF
chmod 0644 "$stage"/usr/share/doc/mypage-desktop/* "$stage"/usr/share/man/man1/*

echo "/etc/mypage-desktop/config.toml" >"$stage/DEBIAN/conffiles"
installed_kib="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat >"$stage/DEBIAN/control" <<EOF
Package: mypage-desktop
Version: $version
Architecture: $arch
Maintainer: mypage-desktop maintainers <mypage-desktop@example.jp>
Installed-Size: $installed_kib
Depends: fonts-ipaexfont-gothic, libc6 (>= 2.34), libxcb1, libxcb-icccm4, libxcb-keysyms1, libgl1, libegl1
Recommends: fonts-wqy-microhei | fonts-noto-cjk
Section: misc
Priority: optional
Description: HelloWork job seeker My Page (求職者マイページ) desktop application
 The desktop application of the HelloWork job seeker My Page: opening My Page,
 job search, referrals, applications and messages, and the staff console.
 .
 This package installs a self-contained build (Python, Qt and the libraries
 it uses) under /opt/mypage-desktop. The machine policy for every user of the
 PC is /etc/mypage-desktop/config.toml.
EOF
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
    >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/"*

deb="dist/mypage-desktop_${version}_${arch}.deb"
say "dpkg-deb --build $stage"
# xz (dpkg's default, level 6): 69 MB, about 90 s here; MYPAGE_DEB_COMPRESSION=gzip: 86 MB in
# about 7 s (the tests use it: the contents are the same).
dpkg-deb --root-owner-group "-Z${MYPAGE_DEB_COMPRESSION:-xz}" --build "$stage" "$deb" >&2
say "wrote $deb ($(du -h "$deb" | cut -f1), installed $((installed_kib / 1024)) MiB)"

if command -v lintian >/dev/null; then
    say "lintian $deb"
    # Errors fail the build; warnings are printed (the accepted ones are overridden).
    lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >&2 || die "lintian reported errors"
else
    say "lintian not installed: package not checked (apt-get install lintian)"
fi
