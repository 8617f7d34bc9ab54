#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and smoke-test it offscreen.
#   packaging/build-linux.sh            -> dist/mypage-desktop/ and dist/mypage-desktop-linux-x86_64.tar.gz
# Uses the project's .venv (scripts/_setup.sh) plus PyInstaller, which is a build tool only:
# it is installed into .venv here and is not a runtime dependency.
set -euo pipefail
exec </dev/null
# shellcheck source=scripts/_setup.sh
source "$(dirname "$0")/../scripts/_setup.sh"
mypage_setup tests
cd "$REPO_ROOT"

PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
if ! python -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__ != '$PYINSTALLER_VERSION')" 2>/dev/null; then
    _say "installing pyinstaller==$PYINSTALLER_VERSION into $VENV"
    python -m pip install --progress-bar off "pyinstaller==$PYINSTALLER_VERSION" >&2
fi

_say "pyinstaller packaging/mypage-desktop.spec"
python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/mypage-desktop.spec

bundle="dist/mypage-desktop"
[ -x "$bundle/mypage-desktop" ] || _die "no executable in $bundle"
_say "bundle: $(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files"

# Smoke test: the start-up benchmark contract (bench/README.md) -- show the login window
# offscreen, print READY, quit.  Data goes to a temporary directory.
smoke="$(mktemp -d)"
trap 'rm -rf "$smoke"' EXIT
_say "smoke test (offscreen, MYPAGE_BENCH_STARTUP=1)"
if out="$(QT_QPA_PLATFORM=offscreen MYPAGE_BENCH_STARTUP=1 MYPAGE_DATA_DIR="$smoke/data" \
        MYPAGE_CONFIG_DIR="$smoke/config" MYPAGE_SITE_CONFIG_DIR="$smoke/site" \
        timeout 60 "$bundle/mypage-desktop" --demo 2>&1)" && grep -q '^READY' <<<"$out"; then
    _say "smoke test passed: $(grep '^READY' <<<"$out")"
else
    printf '%s\n' "$out" | tail -20 >&2
    _die "smoke test failed"
fi

# Smoke test 2: demo mode for a few seconds must migrate and seed its SQLite database.
_say "smoke test (demo mode for 8 s: migrations + demo data)"
QT_QPA_PLATFORM=offscreen MYPAGE_DATA_DIR="$smoke/demo" MYPAGE_CONFIG_DIR="$smoke/config" \
    MYPAGE_SITE_CONFIG_DIR="$smoke/site" timeout 8 "$bundle/mypage-desktop" --demo >"$smoke/demo.log" 2>&1 || true
if python - "$smoke/demo" <<'PY'
import sqlite3, sys
from pathlib import Path
dbs = sorted(Path(sys.argv[1]).glob("*.sqlite3"))
assert dbs, "no SQLite database created"
with sqlite3.connect(dbs[0]) as con:
    (rev,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
print(f"{dbs[0].name}: alembic revision {rev}")
PY
then
    _say "demo smoke test passed"
else
    tail -20 "$smoke/demo.log" >&2
    _die "demo smoke test failed"
fi

tarball="dist/mypage-desktop-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" mypage-desktop
_say "wrote $tarball ($(du -h "$tarball" | cut -f1))"
