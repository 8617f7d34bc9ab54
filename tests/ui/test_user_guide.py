"""「求職者マイページ利用者マニュアル」: the done page's reference opens the manual in the app
instead of pointing to a web page this program is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mypage_desktop.ui.widgets.user_guide import user_guide_text
from mypage_desktop.ui.wizard.done_page import DonePage
from mypage_desktop.ui.wizard.flow import OpeningFlow

WAIT_MS = 10_000


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen dialogs
def test_the_done_page_opens_the_manual_it_mentions(qtbot, facade) -> None:  # type: ignore[no-untyped-def]
    info = facade.app_info()
    page = DonePage(OpeningFlow("2026-11-01", "2026-11-01"), info)
    qtbot.addWidget(page)
    page.show()
    texts = "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert "「求職者マイページ利用者マニュアル」" in texts
    assert page.manual_button.isVisible() and page.manual_button.text() == "利用者マニュアルを開く"

    qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    dialog = page.manual_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.windowTitle() == "求職者マイページ利用者マニュアル"
    manual = dialog.text_view.toPlainText()
    for topic in ("ログアウト", "パスワードを忘れたとき", "メッセージ", "紹介状", info.helpdesk_number,
                  info.office_name, f"{info.key_validity_minutes}分以内"):
        assert topic in manual
    assert "{" not in manual  # every placeholder filled

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    page.reset_inputs()  # the wizard closing: nothing of it stays open


def test_a_missing_manual_file_still_names_the_helpdesk(facade, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MYPAGE_RESOURCES_DIR", str(tmp_path))
    text = user_guide_text(facade.app_info())
    assert facade.app_info().helpdesk_number in text and "{" not in text
