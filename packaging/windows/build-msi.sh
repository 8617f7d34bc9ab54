#!/usr/bin/env bash
# Build the Windows installer with wixl (msitools) from a bundle folder built on Windows.
#   packaging/windows/build-msi.sh PAYLOAD_DIR [OUT.msi]
# PAYLOAD_DIR: dist\mypage-desktop of a Windows PyInstaller build (mypage-desktop.exe,
# mypage-admin.exe, _internal\…). Needs wixl, wixl-heat, msibuild, msiinfo
# (apt-get install wixl msitools). Version: src/mypage_desktop/__init__.py.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
die() { printf '[msi] ERROR: %s\n' "$*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: $0 PAYLOAD_DIR [OUT.msi]"
payload="$(cd "$1" && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/src/mypage_desktop/__init__.py")"
out="${2:-$REPO/dist/mypage-desktop-$version-x64.msi}"
for exe in mypage-desktop.exe mypage-admin.exe; do
    [ -f "$payload/$exe" ] || die "no $exe in $payload"
done
for tool in wixl wixl-heat msibuild msiinfo; do
    command -v "$tool" >/dev/null || die "$tool is needed (apt-get install wixl msitools)"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$payload" -type f | LC_ALL=C sort \
    | wixl-heat --directory-ref INSTALLDIR --component-group Payload --var var.SourceDir --win64 -p "$payload/" \
    >"$work/payload.wxs"
mkdir -p "$(dirname "$out")"
# wixl resolves File/@Source relative to the working directory only.
(cd "$(dirname "$payload")" && wixl -a x64 -D "Version=$version" -D "SourceDir=$(basename "$payload")" \
    -D Win64=yes -o "$work/built.msi" "$HERE/mypage-desktop.wxs" "$work/payload.wxs")

# What wixl cannot express. Component attributes: 4 registry key path + 256 64-bit + 16 permanent.
queries=()
for pair in PolicyOfficeName:OFFICENAME PolicyOfficeCode:OFFICECODE PolicyHelpdesk:HELPDESK \
            PolicyServerUrl:SERVERURL PolicyKiosk:KIOSK PolicyLanguage:LANGUAGE; do
    queries+=(-q "UPDATE Component SET Condition = '${pair#*:}', Attributes = 276 WHERE Component = '${pair%%:*}'")
done
secure="$(msiinfo export "$work/built.msi" Property | awk -F'\t' '$1 == "SecureCustomProperties" {print $2}' | tr -d '\r')"
secure="${secure:+$secure;}OFFICENAME;OFFICECODE;HELPDESK;SERVERURL;KIOSK;LANGUAGE"
queries+=(-q "UPDATE Property SET Value = '$secure' WHERE Property = 'SecureCustomProperties'")
msibuild "$work/built.msi" "${queries[@]}"
mv "$work/built.msi" "$out"
printf '[msi] wrote %s (%s)\n' "$out" "$(du -h "$out" | cut -f1)" >&2
