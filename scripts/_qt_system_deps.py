"""Print the Debian packages that hold the shared libraries PySide6's Qt cannot find.

Used by scripts/_setup.sh: ``python scripts/_qt_system_deps.py --platform offscreen|xcb|wayland``.
Prints one package name per line (nothing when all libraries are found).  It runs ``ldd`` on
QtCore, QtGui, QtWidgets and the platform plugin, without importing PySide6 (an import would
fail for exactly the reason we are checking).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

# sonames whose Debian package name does not follow the soname rule
OVERRIDES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
    "libsystemd.so.0": "libsystemd0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def package_for(soname: str) -> str:
    """Debian's rule: libfoo.so.1 -> libfoo1, libfoo2.so.6 -> libfoo2-6, lower-cased."""
    if soname in OVERRIDES:
        return OVERRIDES[soname]
    m = re.match(r"^(lib[^/]+?)\.so\.(\d+)", soname)
    if not m:
        return soname
    name, major = m.group(1), m.group(2)
    sep = "-" if name[-1].isdigit() else ""
    return f"{name}{sep}{major}".lower()


def resolve_with_apt(package: str) -> str:
    """Prefer the name apt knows (Debian 13 renamed some libraries to ...t64)."""
    if not shutil.which("apt-cache"):
        return package
    for name in (package, package + "t64"):
        out = subprocess.run(
            ["apt-cache", "policy", name], capture_output=True, text=True, check=False
        ).stdout
        m = re.search(r"Candidate:\s*(\S+)", out)
        if m and m.group(1) != "(none)":
            return name
    return package


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        print("PySide6 is not installed", file=sys.stderr)
        return 2
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    targets = [qt / "lib" / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets")]
    plugin = {"xcb": "libqxcb.so", "wayland": "libqwayland.so", "offscreen": "libqoffscreen.so"}.get(
        args.platform.split(":")[0]
    )
    if plugin:
        targets.append(qt / "plugins" / "platforms" / plugin)
    if not shutil.which("ldd"):
        return 0
    missing: set[str] = set()
    for target in targets:
        if not target.exists():
            continue
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True, check=False).stdout
        missing.update(m.group(1) for m in re.finditer(r"^\s*(\S+)\s+=>\s+not found", out, re.M))
    for pkg in sorted({resolve_with_apt(package_for(s)) for s in missing}):
        print(pkg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
