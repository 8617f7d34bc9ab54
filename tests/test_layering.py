"""The architecture, visible in the test suite: import-linter's contracts (pyproject.toml
[tool.importlinter]) pass, and no module outside ``ui`` imports Qt."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "mypage_desktop"
QT_FREE = ("domain", "services", "db", "mail", "facade", "cli")
QT_MODULES = ("PySide6", "shiboken6", "qasync")
DYNAMIC_QT_IMPORT = re.compile(r"""(import_module|__import__)\(\s*['"](PySide6|shiboken6|qasync)\b""")


def test_import_linter_contracts_hold() -> None:
    script = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    result = subprocess.run(
        [sys.executable, "-c", script, "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"lint-imports failed:\n{output}"
    assert re.search(r"\b[1-9]\d* kept, 0 broken", output), output


def _qt_imports(path: Path, root: Path = REPO) -> list[str]:
    shown = path.relative_to(root)
    source = path.read_text(encoding="utf-8")
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            if name.split(".")[0] in QT_MODULES:
                found.append(f"{shown}:{node.lineno}: import {name}")
    for match in DYNAMIC_QT_IMPORT.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        found.append(f"{shown}:{line}: {match.group(0)}")
    return found


@pytest.mark.parametrize("layer", [*QT_FREE, "config.py"])
def test_no_qt_outside_ui(layer: str) -> None:
    target = PACKAGE / layer
    if not target.exists():
        pytest.skip(f"src/mypage_desktop/{layer} does not exist yet")
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    offenders = [hit for path in files for hit in _qt_imports(path)]
    assert not offenders, "Qt is imported outside the ui layer:\n" + "\n".join(offenders)


def test_qt_scan_detects_an_import(tmp_path: Path) -> None:
    """The scanner itself works (so a green result above means something)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os, shiboken6\n"
        "def f():\n    from PySide6.QtCore import QObject\n    return QObject\n"
        "import importlib\nimportlib.import_module('qasync')\n"
        "# a comment about PySide6 is fine\n",
        encoding="utf-8",
    )
    hits = _qt_imports(sample, root=tmp_path)
    assert len(hits) == 3, hits
