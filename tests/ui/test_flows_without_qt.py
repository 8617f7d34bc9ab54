"""The wizards' flows are Qt-free (docs/code-style.md §qt-free-wizard): each imports in a fresh
interpreter where importing PySide6 or qasync fails, and its rules run there."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

BLOCK_QT = textwrap.dedent("""
    import importlib.abc, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "qasync"):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, NoQt())
""")


def run_without_qt(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", BLOCK_QT + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=120)


def test_the_blocker_blocks() -> None:
    result = run_without_qt("import PySide6.QtCore")
    assert result.returncode != 0
    assert "blocked in this test" in result.stderr


@pytest.mark.parametrize("module, use", [
    ("mypage_desktop.ui.wizard.flow",
     "flow = m.OpeningFlow('p1', 't1'); assert flow.first_page == m.PageId.CONSENT\n"
     "        assert not flow.can_agree()"),
    ("mypage_desktop.ui.preregistration.flow",
     "flow = m.PreregistrationFlow(); flow.answer_school(True); assert flow.blocked"),
])
def test_flow_imports_and_runs_without_qt(module: str, use: str) -> None:
    result = run_without_qt(f"""
        import importlib, sys
        m = importlib.import_module({module!r})
        {use}
        assert not any(name.startswith(("PySide6", "qasync")) for name in sys.modules)
        print("ok")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
