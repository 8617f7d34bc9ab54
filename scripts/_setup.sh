# shellcheck shell=bash
# Shared set-up for scripts/run-app, scripts/run-tests and bench/run.  Source it, then call
#   mypage_setup <purpose>        (purpose: app | tests | bench)
# Afterwards: $REPO_ROOT, $VENV and $VENV_PY are set and the venv is up to date.
#
# What it does, printing each step on stderr:
#   1. finds a Python: 3.12, then 3.13 (on PATH, then under pyenv), else python3 if it is
#      3.11 (pyproject's markers then pick PySide6 6.11.3, docs/tech-notes.md
#      §pyside6-none-refcount); otherwise it says which Python to install and exits 1.
#   2. creates or reuses the virtualenv $REPO_ROOT/.venv (recreated when its Python's
#      version differs from the chosen one, or when it is broken).
#   3. installs the project: `pip install -e .` for `app` (the runtime dependencies only),
#      `pip install -e '.[test]'` for `tests` and `bench` (pytest, mypy, ruff, ...), each only
#      when pyproject.toml (or the Python) changed since its last successful install: the
#      hashes are kept in .venv/.mypage-install-stamp-app and -tests. A test install holds
#      everything the app needs, so `app` after `tests` installs nothing.
#   4. checks the system libraries Qt needs (ldd) and, as root with apt-get, installs the
#      missing ones; otherwise prints the apt-get command.
#   5. makes sure a Japanese font exists (fonts-ipaexfont-gothic, docs/tech-notes.md §japanese-fonts).
# Never interactive: no prompts, stdin is not read, apt runs with DEBIAN_FRONTEND=noninteractive.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MYPAGE_VENV:-$REPO_ROOT/.venv}"
VENV_PY="$VENV/bin/python"

export PIP_NO_INPUT=1
export PIP_DISABLE_PIP_VERSION_CHECK=1
export DEBIAN_FRONTEND=noninteractive

if [ -t 2 ]; then _B=$'\033[1m' _Y=$'\033[1;33m' _R=$'\033[1;31m' _N=$'\033[0m'; else _B='' _Y='' _R='' _N=''; fi
_say() { printf '%s[setup]%s %s\n' "$_B" "$_N" "$*" >&2; }
_warn() { printf '%s[setup] WARNING:%s %s\n' "$_Y" "$_N" "$*" >&2; }
_die() { printf '%s[setup] ERROR:%s %s\n' "$_R" "$_N" "$*" >&2; exit 1; }

_is_root_with_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

_APT_UPDATED=0
_apt_install() {
    # _apt_install pkg...   (root + apt-get only; never prompts; returns non-zero on failure)
    if [ "$_APT_UPDATED" = 0 ]; then
        _say "apt-get update"
        timeout 600 apt-get update -q </dev/null >&2 || _warn "apt-get update failed (continuing)"
        _APT_UPDATED=1
    fi
    _say "apt-get install -y $*"
    timeout 900 apt-get install -y -q --no-install-recommends "$@" </dev/null >&2
}

# Prints "X.Y" for a working interpreter, nothing (and status 1) otherwise.  A pyenv shim for a
# version that is not selected fails here ("command not found"), which is what we want.
_py_version() {
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null </dev/null
}

_pyenv_root() {
    if command -v pyenv >/dev/null 2>&1; then
        pyenv root 2>/dev/null && return 0
    fi
    if [ -n "${PYENV_ROOT:-}" ]; then echo "$PYENV_ROOT"; return 0; fi
    [ -d "$HOME/.pyenv" ] && echo "$HOME/.pyenv"
    return 0
}

# Echoes the path of the interpreter to build the venv with.
_find_python() {
    local cand ver root minor
    if [ -n "${MYPAGE_PYTHON:-}" ]; then
        ver="$(_py_version "$MYPAGE_PYTHON")" || _die "MYPAGE_PYTHON=$MYPAGE_PYTHON does not run"
        echo "$MYPAGE_PYTHON"; return 0
    fi
    root="$(_pyenv_root)"
    # 3.12 first (what docs/tech-notes.md measured and mypy targets), then 3.13.  3.14 is left
    # out on purpose: qasync hangs there (docs/tech-notes.md §qasync, qasync #176).
    for minor in 12 13; do
        for cand in "python3.$minor" "/usr/bin/python3.$minor" "/usr/local/bin/python3.$minor"; do
            if command -v "$cand" >/dev/null 2>&1 && [ "$(_py_version "$cand")" = "3.$minor" ]; then
                command -v "$cand"; return 0
            fi
        done
        if [ -n "$root" ]; then
            # newest patch release first
            for cand in $(ls -d "$root"/versions/3."$minor"*/bin/python3."$minor" 2>/dev/null | sort -rV); do
                if [ "$(_py_version "$cand")" = "3.$minor" ]; then
                    echo "$cand"; return 0
                fi
            done
        fi
    done
    for cand in python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1 && [ "$(_py_version "$cand")" = "3.11" ]; then
            _warn "using Python 3.11 ($(command -v "$cand")): PySide6 is pinned to 6.11.3 there" \
                  "(docs/tech-notes.md §pyside6-none-refcount). Python 3.12 is preferred."
            command -v "$cand"; return 0
        fi
    done
    {
        echo
        echo "No suitable Python found. mypage-desktop needs Python 3.12 or 3.13 (3.11 also works)."
        echo "Found: python3 = $(_py_version python3 || echo 'none')."
        echo "Install one of:"
        echo "  Debian 13 / Ubuntu 24.04:  sudo apt-get install python3 python3-venv   (3.12/3.13)"
        echo "  Debian 12:                 sudo apt-get install python3 python3-venv   (3.11)"
        echo "  any Linux with pyenv:      pyenv install 3.12"
        echo "  Windows / macOS:           https://www.python.org/downloads/ (3.12.x)"
        echo "Or point MYPAGE_PYTHON at an interpreter, e.g. MYPAGE_PYTHON=/opt/python3.12/bin/python3.12"
    } >&2
    exit 1
}

_make_venv() {
    local py="$1" ver
    ver="$(_py_version "$py")"
    _say "creating virtualenv $VENV with $py (Python $ver)"
    rm -rf "$VENV"
    if ! "$py" -m venv "$VENV" >&2 </dev/null; then
        rm -rf "$VENV"
        # Debian's python3 comes without ensurepip until python3-venv is installed.
        if _is_root_with_apt && [[ "$py" == /usr/bin/* ]]; then
            _apt_install "python$ver-venv" || _apt_install python3-venv || true
            "$py" -m venv "$VENV" >&2 </dev/null || _die "could not create $VENV"
        else
            _die "'$py -m venv' failed. On Debian/Ubuntu: sudo apt-get install python3-venv"
        fi
    fi
}

_ensure_venv() {
    local py want have
    py="$(_find_python)" || exit 1
    want="$(_py_version "$py")"
    if [ -x "$VENV_PY" ] && have="$(_py_version "$VENV_PY")" && "$VENV_PY" -m pip --version >/dev/null 2>&1; then
        if [ "$have" != "$want" ]; then
            _say "existing $VENV has Python $have but $want was found: recreating it"
            _make_venv "$py"
        else
            _say "reusing $VENV (Python $have)"
        fi
    else
        [ -e "$VENV" ] && _say "$VENV is missing or broken: recreating it"
        _make_venv "$py"
    fi
}

# _install_spec app|tests|bench: what pip installs for that purpose.
_install_spec() {
    case "$1" in
        app) echo "." ;;
        *) echo ".[test]" ;;
    esac
}

# _stamp_file app|tests|bench: where the hash of that purpose's last install is kept.
_stamp_file() {
    case "$1" in
        app) echo "$VENV/.mypage-install-stamp-app" ;;
        *) echo "$VENV/.mypage-install-stamp-tests" ;;
    esac
}

_install_stamp() {
    {
        sha256sum "$REPO_ROOT/pyproject.toml" | cut -d' ' -f1
        "$VENV_PY" -c 'import sys; print(sys.version)'
        echo "$REPO_ROOT"
    } | sha256sum | cut -d' ' -f1
}

_stamp_current() {
    # _stamp_current FILE HASH
    [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]
}

_ensure_install() {
    local purpose="${1:-tests}" want spec stamp
    want="$(_install_stamp)"
    spec="$(_install_spec "$purpose")"
    stamp="$(_stamp_file "$purpose")"
    # Up to date: this purpose's stamp, or for the app the tests' (a superset) is current, and
    # the editable install points at *this* checkout's src/.
    if { _stamp_current "$stamp" "$want" ||
         { [ "$purpose" = app ] && _stamp_current "$(_stamp_file tests)" "$want"; }; } &&
        "$VENV_PY" - "$REPO_ROOT/src" <<'EOF' 2>/dev/null
import importlib.util, pathlib, sys
spec = importlib.util.find_spec("mypage_desktop")
ok = spec is not None and spec.origin is not None and \
    pathlib.Path(spec.origin).resolve().is_relative_to(pathlib.Path(sys.argv[1]).resolve())
sys.exit(0 if ok else 1)
EOF
    then
        _say "dependencies up to date (pyproject.toml unchanged since the last install for $purpose)"
        return 0
    fi
    _say "installing: pip install -e '$spec' (for $purpose: pyproject.toml changed or first run)"
    rm -f "$stamp" "$VENV/.mypage-install-stamp"  # the latter: the one stamp of earlier versions
    (cd "$REPO_ROOT" && "$VENV_PY" -m pip install --progress-bar off -e "$spec" </dev/null >&2) ||
        _die "pip install -e '$spec' failed (see above)"
    echo "$want" >"$stamp"
}

_ensure_qt_libs() {
    local platform="$1" missing
    missing="$("$VENV_PY" "$REPO_ROOT/scripts/_qt_system_deps.py" --platform "$platform" 2>/dev/null </dev/null)" || {
        _warn "could not check Qt's system libraries (is PySide6 installed?)"
        return 0
    }
    [ -z "$missing" ] && return 0
    _say "Qt needs system libraries that are missing: $(echo "$missing" | tr '\n' ' ')"
    if _is_root_with_apt; then
        # shellcheck disable=SC2086
        _apt_install $missing || _warn "installing Qt's libraries failed; Qt may not start"
    else
        _warn "Qt may not start. Install them with: sudo apt-get install $(echo "$missing" | tr '\n' ' ')"
    fi
}

_ensure_cjk_font() {
    _ensure_chinese_font
    # Asked by file, not by `fc-list :lang=ja`: fontconfig lists the Chinese fallback
    # (WenQuanYi) for Japanese too, but the screens want a Japanese design and the PDFs a
    # TrueType Japanese file (ui/widgets/fonts.py SYSTEM_FONT_FILES; docs/tech-notes.md §japanese-fonts).
    local file
    for file in /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf \
                /usr/share/fonts/truetype/fonts-japanese-gothic.ttf "$REPO_ROOT"/resources/fonts/*.ttf; do
        if [ -f "$file" ]; then
            _say "Japanese font present: $file"
            return 0
        fi
    done
    if _is_root_with_apt; then
        _say "no Japanese TrueType font found: installing fonts-ipaexfont-gothic"
        _apt_install fonts-ipaexfont-gothic fontconfig ||
            _warn "could not install fonts-ipaexfont-gothic: Japanese text will show as boxes"
    else
        _warn "no Japanese TrueType font found: Japanese text may show as boxes and PDFs cannot be saved." \
              "Install one with: sudo apt-get install fonts-ipaexfont-gothic"
    fi
}

# The screens in 中文（简体） (docs/i18n.md) need simplified hanzi that Japanese fonts lack (职, 码):
# Qt falls back to a font that has them; without one they are boxes.
_ensure_chinese_font() {
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-cn 2>/dev/null | head -n1)" ] && return 0
    if _is_root_with_apt; then
        _say "no Simplified Chinese font found: installing fonts-wqy-microhei"
        _apt_install fonts-wqy-microhei fontconfig ||
            _warn "could not install fonts-wqy-microhei: the Chinese screens will show boxes"
    else
        _warn "no Simplified Chinese font: the Chinese screens will show boxes." \
              "Install one with: sudo apt-get install fonts-wqy-microhei"
    fi
}

# The installer lane of the tests builds a .deb (dpkg-deb, lintian, patchelf), runs it under
# Xvfb in a user namespace (unshare) and builds an MSI (wixl, msitools): installed here when
# missing, so a fresh CI machine runs that lane instead of skipping it.
_ensure_packaging_tools() {
    local missing="" tool
    for tool in dpkg-deb lintian patchelf xvfb-run wixl msiinfo msibuild unshare; do
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
    done
    [ -z "$missing" ] && return 0
    if _is_root_with_apt; then
        _say "installer tools missing:$missing: installing them"
        _apt_install dpkg-dev lintian patchelf xvfb xauth wixl msitools util-linux ||
            _warn "could not install the installer tools: the packaging tests will say they skip"
    else
        _warn "installer tools missing:$missing; the packaging tests will skip." \
              "Install them with: sudo apt-get install dpkg-dev lintian patchelf xvfb xauth wixl msitools"
    fi
}

# The installer lane starts the installed .deb on Xvfb through Qt's xcb plugin, so the tests
# need xcb's libraries too, and libxcb-cursor0, which Qt 6.5+ loads at run time (no ldd sees it).
_ensure_xcb_runtime() {
    _ensure_qt_libs xcb
    dpkg-query -W -f='${Status}' libxcb-cursor0 2>/dev/null | grep -q "ok installed" && return 0
    if _is_root_with_apt; then
        _apt_install libxcb-cursor0 || _warn "could not install libxcb-cursor0: the .deb test under Xvfb will fail"
    else
        _warn "libxcb-cursor0 missing: install it with: sudo apt-get install libxcb-cursor0"
    fi
}

# The screen-reader test (tests/ui/test_atspi.py) reads the app's accessibility tree over AT-SPI
# with Debian's pyatspi on the SYSTEM Python (/usr/bin/python3), on Xvfb with a D-Bus session bus
# and at-spi-bus-launcher: installed here when missing; the test skips with its reason otherwise.
# The tagged-PDF test (tests/ui/test_pdf_tags.py) also reads the saved PDFs' structure tree as
# poppler does (pdfinfo -struct-text), a reader's view independent of pypdf; it skips without it.
_ensure_pdf_tools() {
    command -v pdfinfo >/dev/null 2>&1 && return 0
    if _is_root_with_apt; then
        _apt_install poppler-utils || _warn "could not install poppler-utils: one tagged-PDF test will skip"
    else
        _warn "pdfinfo missing; one tagged-PDF test will skip. Install it with: sudo apt-get install poppler-utils"
    fi
}

_ensure_atspi_tools() {
    if /usr/bin/python3 -c 'import pyatspi' >/dev/null 2>&1 && command -v dbus-launch >/dev/null 2>&1 &&
        { [ -x /usr/libexec/at-spi-bus-launcher ] || command -v at-spi-bus-launcher >/dev/null 2>&1; }; then
        return 0
    fi
    if _is_root_with_apt; then
        _apt_install python3-pyatspi dbus-x11 at-spi2-core ||
            _warn "could not install AT-SPI: the screen-reader test will say it skips"
    else
        _warn "AT-SPI missing; the screen-reader test will skip." \
              "Install it with: sudo apt-get install python3-pyatspi dbus-x11 at-spi2-core"
    fi
}

# The screens' languages (docs/i18n.md): the Qt Linguist catalogues in resources/translations are
# compiled to .qm here (not kept in git); only a changed .ts is compiled again.
_ensure_translations() {
    "$VENV_PY" "$REPO_ROOT/scripts/i18n.py" release </dev/null ||
        _warn "compiling the translations failed: the app shows Japanese only (see above)"
}

# mypage_setup app|tests|bench
mypage_setup() {
    local purpose="${1:-tests}" platform
    cd "$REPO_ROOT"
    _ensure_venv
    _ensure_install "$purpose"
    _ensure_translations
    case "$purpose" in
        app)
            platform="${QT_QPA_PLATFORM:-xcb}"
            ;;
        *)
            platform="offscreen"
            ;;
    esac
    _ensure_qt_libs "$platform"
    _ensure_cjk_font
    if [ "$purpose" = tests ]; then
        _ensure_packaging_tools
        _ensure_xcb_runtime
        _ensure_atspi_tools
        _ensure_pdf_tools
    fi
    export PATH="$VENV/bin:$PATH"
    export VIRTUAL_ENV="$VENV"
    _say "ready: $("$VENV_PY" -c 'import sys, PySide6; print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")' 2>/dev/null || echo "$VENV_PY")"
}
