"""Step 1 「求職者マイページ利用規約確認」: both documents must be read to the end (seed;
docs/security.md K1: consent with versions and UTC time before any key)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QApplication, QMessageBox, QPlainTextEdit, QWizard
from test_wizard_support import WAIT_MS, click, close_quietly, make_wizard, next_button, wheel_to_end

from mypage_desktop.ui.wizard.flow import PageId

AGREED_AT = datetime(2026, 11, 25, 10, 15, tzinfo=UTC)


@pytest.fixture
def wizard(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade, clock=lambda: AGREED_AT)
    yield wizard
    close_quietly(wizard)


def test_window_title_and_japanese_buttons(wizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.windowTitle() == "求職者マイページの開設"
    assert wizard.currentId() == PageId.CONSENT
    assert wizard.currentPage().title() == "求職者マイページ利用規約確認"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "次へ進む"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "キャンセル"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_step_overview_shows_the_configured_key_validity(wizard, facade) -> None:  # type: ignore[no-untyped-def]
    minutes = facade.app_info().key_validity_minutes
    texts = "\n".join(label.text() for label in wizard.consent_page.findChildren(type(wizard.consent_page.note)))
    assert ("このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを"
            "完了している方が、求職者マイページを開設するためのページです。") in texts
    assert "●求職者マイページ開設手順" in texts
    assert f"（メール配信から{minutes}分以内）" in texts
    assert "マイページ利用規約等の確認・同意" in texts


def test_agree_is_disabled_until_each_pane_is_scrolled_to_its_end(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The check box becomes checkable only when BOTH panes were read to the end (seed)."""
    page = wizard.consent_page
    privacy, terms = page.privacy.view, page.terms.view
    assert privacy.verticalScrollBar().maximum() > 0 and terms.verticalScrollBar().maximum() > 0
    assert not page.agree.isEnabled()
    assert "「プライバシーポリシー」、「マイページ利用規約」" in page.status.text()
    assert page.note.text() == ("必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。\n"
                                "それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。")

    # Nearly to the end is not the end: 「（以上）」 is still below the view.
    _scroll_until_the_end_is_below(privacy, 1)
    assert page.privacy.heading.text().endswith("（未確認）")
    click(qtbot, page.agree)
    assert not page.agree.isEnabled() and not page.agree.isChecked()

    wheel_to_end(qtbot, privacy)  # the mouse wheel, notch by notch
    assert not page.agree.isEnabled()
    assert "「マイページ利用規約」" in page.status.text() and "プライバシーポリシー" not in page.status.text()
    assert "最後まで確認済み" in page.privacy.heading.text()

    terms.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    qtbot.waitUntil(page.agree.isEnabled, timeout=WAIT_MS)
    assert "両方の文書を最後までご確認いただきました" in page.status.text()
    # Scrolling back up later does not take the permission away.
    terms.verticalScrollBar().setValue(0)
    assert page.agree.isEnabled()


def test_next_is_enabled_only_while_checked(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.consent_page
    next_ = wizard.button(QWizard.WizardButton.NextButton)
    for pane in (page.privacy, page.terms):
        wheel_to_end(qtbot, pane.view)
    assert page.agree.isEnabled() and not next_.isEnabled()
    click(qtbot, page.agree)
    assert next_.isEnabled()
    click(qtbot, page.agree)
    assert not next_.isEnabled()
    click(qtbot, page.agree)
    click(qtbot, next_)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.EMAIL, timeout=WAIT_MS)


def test_leaving_step_1_records_versions_and_utc_time(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """K1: the consent (versions, UTC, timezone-aware) exists before step 2 can send anything."""
    page = wizard.consent_page
    for pane in (page.privacy, page.terms):
        wheel_to_end(qtbot, pane.view)
    click(qtbot, page.agree)
    assert wizard.flow.consent is None  # recorded when leaving the page, not when checking
    click(qtbot, next_button(wizard))
    consent = wizard.flow.consent
    assert consent is not None
    assert (consent.privacy_version, consent.terms_version) == ("2026-11-01", "2026-11-01")
    assert consent.agreed_at == AGREED_AT and consent.agreed_at.tzinfo is not None


def test_a_text_that_fits_without_scrolling_counts_as_read(qtbot, qloop, facade) -> None:  # type: ignore[no-untyped-def]
    legal = facade.legal_documents()
    short = dataclasses.replace(legal.privacy_policy, text="短いプライバシーポリシー。")
    wizard = make_wizard(qtbot, facade, legal=dataclasses.replace(legal, privacy_policy=short))
    page = wizard.consent_page
    qtbot.waitUntil(lambda: wizard.flow.is_read("privacy"), timeout=WAIT_MS)
    assert not page.agree.isEnabled()
    wheel_to_end(qtbot, page.terms.view)
    assert page.agree.isEnabled()
    close_quietly(wizard)


def test_going_back_from_step_2_keeps_the_consent_page_state(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.consent_page
    for pane in (page.privacy, page.terms):
        wheel_to_end(qtbot, pane.view)
    click(qtbot, page.agree)
    click(qtbot, next_button(wizard))
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and back.text() == "戻る"
    qtbot.keyClicks(wizard.email_page.email, "taro.yamagata@example.jp")
    click(qtbot, back)
    assert wizard.currentId() == PageId.CONSENT
    assert page.agree.isChecked() and page.agree.isEnabled()
    click(qtbot, next_button(wizard))
    assert wizard.email_page.email.text() == "taro.yamagata@example.jp"


def _last_line_bottom(view: QPlainTextEdit) -> float:
    """Where 「（以上）」 ends, in the view's visible area (its height or less: fully shown)."""
    block = view.document().lastBlock()
    while not block.text().strip():
        block = block.previous()
    assert block.text() == "（以上）"
    return view.blockBoundingGeometry(block).translated(view.contentOffset()).bottom()


def _scroll_until_the_end_is_below(view: QPlainTextEdit, pixels: int) -> None:
    """Line by line from the top until 「（以上）」 is only ``pixels`` below the view."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    step = view.fontMetrics().lineSpacing() + 2  # what one more line would scroll, at most
    while _last_line_bottom(view) - step > view.viewport().height() + pixels:
        bar.setValue(bar.value() + 1)
    assert view.viewport().height() < _last_line_bottom(view) and bar.value() < bar.maximum()


def test_ctrl_end_counts_as_reading_to_the_end(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+End shows 「（以上）」: that is the end, without one more PageDown."""
    page = wizard.consent_page
    for pane in (page.privacy, page.terms):
        pane.view.setFocus()
        qtbot.keyClick(pane.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        assert _last_line_bottom(pane.view) <= pane.view.viewport().height()
        assert pane.heading.text().endswith("（最後まで確認済み）")
    assert page.agree.isEnabled()


def test_making_the_window_taller_can_reach_the_end(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The end counts however it comes into view, a larger window included."""
    page = wizard.consent_page
    _scroll_until_the_end_is_below(page.privacy.view, 40)
    assert page.privacy.heading.text().endswith("（未確認）")
    wizard.resize(wizard.width(), wizard.height() + 200)
    qtbot.waitUntil(lambda: page.privacy.heading.text().endswith("（最後まで確認済み）"), timeout=WAIT_MS)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen message box
def test_tab_and_space_from_the_terms_pane_never_close_the_wizard_unasked(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user who read the terms presses Tab for 「同意します」 and Space to tick
    it. The box is still disabled (the privacy policy is unread), so Tab reaches a button:
    Space there must not throw the reading away without asking."""
    page = wizard.consent_page
    wheel_to_end(qtbot, page.terms.view)
    assert not page.agree.isEnabled()
    wizard.activateWindow()
    page.terms.view.setFocus()
    qtbot.keyClick(page.terms.view, Qt.Key.Key_Tab)
    focused = wizard.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert wizard.isVisible()
    box = wizard.cancel_confirmation()
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # 「続ける」
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.cancel_confirmation() is None, timeout=WAIT_MS)
    assert wizard.isVisible() and wizard.flow.is_read("terms")
    assert QApplication.activeModalWidget() is None
