"""Canary for docs/tech-notes.md §pyside6-none-refcount: PySide6 6.12.0 on CPython 3.11 lowers ``None``'s reference
count on every None-returning call and, once it reaches zero, aborts the interpreter.

pyproject.toml avoids the pair with environment markers (6.11.3 on 3.11, 6.12 on 3.12+). These
tests fail loudly, long before the crash, if a future upgrade or a hand-made venv brings the
leak back."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

CALLS = 1000
# On 3.11 unrelated activity (frames, caches) can move None's count a little either way; the
# leak moves it down by one per call, i.e. by 2 * CALLS here.
SLACK = 50


def _pyside_version() -> tuple[int, int]:
    major, minor = PySide6.__version_info__[:2]
    return int(major), int(minor)


def test_pyside_python_pair_is_not_the_crashing_one() -> None:
    assert not (_pyside_version() == (6, 12) and sys.version_info[:2] == (3, 11)), (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} leaks None's refcount "
        "and crashes (docs/tech-notes.md §pyside6-none-refcount): use Python >= 3.12, "
        "or PySide6-Essentials==6.11.3 on 3.11"
    )


def test_shiboken_matches_pyside() -> None:
    import shiboken6

    assert shiboken6.__version__ == PySide6.__version__


def test_none_refcount_survives_none_returning_qt_calls(qapp: QApplication) -> None:
    widget = QWidget()
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        widget.update()
        label.setText(str(i & 7))
        QWidget().update()
    qapp.processEvents()
    after = sys.getrefcount(None)

    if sys.version_info >= (3, 12):
        # None is immortal (PEP 683): its count is pinned, so any change is a bug.
        assert before >= 2**30, f"None should be immortal on {sys.version.split()[0]}, count={before}"
        assert after == before
    else:
        assert after >= before - SLACK, (
            f"None's refcount dropped by {before - after} over {3 * CALLS} None-returning Qt calls "
            f"(PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}): "
            "docs/tech-notes.md §pyside6-none-refcount"
        )
    widget.deleteLater()
    label.deleteLater()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_none_refcount_is_exactly_stable_on_311(qapp: QApplication) -> None:
    """On 3.11 the count is observable; measure the tightest loop we can."""
    widget = QWidget()
    update = widget.update
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        update()
    after = sys.getrefcount(None)
    assert abs(after - before) <= SLACK, f"None refcount moved by {after - before} over {CALLS} calls"
