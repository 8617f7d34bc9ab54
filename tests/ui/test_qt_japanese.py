"""Qt's own dialogs in Japanese: the save dialog showed 「Look in:」 and 「Files of type:」 in
English next to Japanese labels, because the qtbase_ja.qm that PySide6 ships has those strings
only in their Qt 5 form; ui/widgets/qt_supplement.py adds the Qt 6 ones."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileSystemModel, QLabel, QTreeView

from mypage_desktop.resources import resources_dir
from mypage_desktop.ui.shell.runtime import install_qt_japanese
from mypage_desktop.ui.widgets.saved_files import open_save_dialog

WAIT_MS = 10_000
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def japanese_qt(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Qt's Japanese as start-up installs it (ui/shell/runtime.py, make_application); removed after the
    test so the other tests see Qt as they always do."""
    before = set(qapp.findChildren(QTranslator))
    assert install_qt_japanese(qapp)
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setObjectName("")
        translator.setParent(None)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen dialogs
def test_the_save_dialog_speaks_only_japanese(qtbot, japanese_qt, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "書類").mkdir()
    dialog = open_save_dialog(QApplication.activeWindow(), "紹介状をPDFで保存", tmp_path / "紹介状_R1.pdf",
                              "PDF (*.pdf)", ".pdf", lambda _path: None)
    try:
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
        assert "場所(&L):" in labels and "ファイルの種類(&T):" in labels and "ファイル名(&N):" in labels
        assert [text for text in labels if LATIN_WORD.search(text)] == []
        # The 種類 column of the detail view names a folder in Japanese too.
        view = next(v for v in dialog.findChildren(QTreeView) if isinstance(v.model(), QFileSystemModel))
        model = view.model()
        assert isinstance(model, QFileSystemModel)
        qtbot.waitUntil(lambda: model.index(str(tmp_path / "書類"), 2).data() is not None, timeout=WAIT_MS)
        assert model.index(str(tmp_path / "書類"), 2).data() in ("フォルダ", "ファイル フォルダー")
    finally:
        dialog.reject()


def test_the_compiled_supplement_matches_its_source(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The .qm is committed (the app does not build translations at run time): it must be
    what lrelease makes of the reviewed .ts."""
    folder = resources_dir() / "translations"
    tools = Path(PySide6.__file__).parent
    lrelease = next(p for p in (tools / "lrelease", tools / "lrelease.exe") if p.exists())
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(folder / "qt_supplement_ja.ts"), "-qm", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == (folder / "qt_supplement_ja.qm").read_bytes()
