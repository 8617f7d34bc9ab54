"""Helpers for the opening-wizard tests: drive the wizard like a seeker (no tests here).

The real backend fixture (``backend``/``facade``, demo mode, fake clock, cheap argon2) is
used throughout; mail is delivered by calling ``backend.mail_worker.run_once()``.
"""

from __future__ import annotations

import re

from helpers import type_text
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QWizard

from mypage_desktop.domain.demo_data import DEMO_SEEKER
from mypage_desktop.ui.wizard.flow import PageId
from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard

WAIT_MS = 10_000
DEMO_EMAIL = DEMO_SEEKER.email
DEMO_BIRTH = DEMO_SEEKER.birth_fields
GOOD_PASSWORD = "Kasumi-cho#2026"
KEY_IN_MAIL = re.compile(r"認証キー：(\d{4}) (\d{4})")


def make_wizard(qtbot, facade, *, legal=None, **kwargs) -> OpeningWizard:  # type: ignore[no-untyped-def]
    wizard = OpeningWizard(facade, facade.app_info(), legal or facade.legal_documents(), **kwargs)
    qtbot.addWidget(wizard)
    wizard.resize(900, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def close_quietly(wizard: OpeningWizard) -> None:
    if wizard.isVisible():
        wizard.done(QDialog.DialogCode.Rejected)


def wheel_to_end(qtbot, view: QPlainTextEdit) -> None:  # type: ignore[no-untyped-def]
    """Scroll like a mouse wheel would, notch by notch, until the scroll bar is at its end."""
    bar = view.verticalScrollBar()
    viewport = view.viewport()
    centre = QPointF(viewport.rect().center())
    for _ in range(2_000):
        if bar.value() >= bar.maximum():
            return
        event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)
    raise AssertionError("the wheel never reached the end of the text")


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_button(wizard: OpeningWizard):  # type: ignore[no-untyped-def]
    """The visible forward button: 次へ進む (Next, or Commit on step 2) or 完了 (Commit)."""
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            return button
    raise AssertionError("no forward button is visible")


def agree(qtbot, wizard: OpeningWizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.consent_page

    def scrolled_to_the_end() -> bool:
        # Again on every poll, as a reader keeps scrolling: QPlainTextEdit lays a long text out
        # lazily, so the range can grow after the first jump to its end.
        for pane in (page.privacy, page.terms):
            bar = pane.view.verticalScrollBar()
            bar.triggerAction(bar.SliderAction.SliderToMaximum)
        return page.agree.isEnabled()

    qtbot.waitUntil(scrolled_to_the_end, timeout=WAIT_MS)
    click(qtbot, page.agree)
    assert page.agree.isChecked()
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.EMAIL, timeout=WAIT_MS)


def fill_email_page(qtbot, wizard: OpeningWizard, email: str, year: str, month: str,  # type: ignore[no-untyped-def]
                    day: str) -> None:
    page = wizard.email_page
    for edit, text in ((page.email, email), (page.birth_year, year), (page.birth_month, month),
                       (page.birth_day, day)):
        edit.clear()
        type_text(qtbot, edit, text)


def request_key(qtbot, wizard: OpeningWizard, email: str = DEMO_EMAIL,  # type: ignore[no-untyped-def]
                birth: tuple[str, str, str] = DEMO_BIRTH) -> None:
    """Steps 1 and 2 through the buttons; ends on step 3."""
    agree(qtbot, wizard)
    fill_email_page(qtbot, wizard, email, *birth)
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)


def delivered_key(backend, email: str = DEMO_EMAIL) -> str:  # type: ignore[no-untyped-def]
    """Deliver the outbox, then read the one 認証キー sent to ``email`` (as '1234 5678')."""
    backend.mail_worker.run_once()
    keys = [KEY_IN_MAIL.search(mail.body) for mail in backend.facade.demo_mailbox()
            if mail.recipient == email]
    found = [f"{m.group(1)} {m.group(2)}" for m in keys if m]
    assert len(found) == 1, f"expected one key mail, found {len(found)}"
    return found[0]


def fill_password_page(qtbot, wizard: OpeningWizard, password: str, confirm: str,  # type: ignore[no-untyped-def]
                       key: str) -> None:
    page = wizard.password_page
    for edit, text in ((page.password.edit, password), (page.password_confirm.edit, confirm),
                       (page.auth_key, key)):
        edit.clear()
        type_text(qtbot, edit, text)


def submit_and_wait_idle(qtbot, wizard: OpeningWizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, next_button(wizard))
    assert wizard.flow.busy or wizard.currentId() == PageId.DONE
    qtbot.waitUntil(lambda: not wizard.flow.busy, timeout=WAIT_MS)
