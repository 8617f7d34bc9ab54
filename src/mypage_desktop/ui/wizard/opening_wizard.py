"""「求職者マイページの開設」: the four steps of the seed in one QWizard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from mypage_desktop.domain.account_dto import AppInfo, LegalDocuments
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.screen_fit import available_area
from mypage_desktop.ui.wizard.base_page import WizardPageBase
from mypage_desktop.ui.wizard.consent_page import ConsentPage
from mypage_desktop.ui.wizard.done_page import DonePage
from mypage_desktop.ui.wizard.email_page import EmailPage
from mypage_desktop.ui.wizard.flow import NO_PAGE, OpeningFlow, PageId, utc_now
from mypage_desktop.ui.wizard.password_page import PasswordPage

C = "OpeningWizard"
WB = QWizard.WizardButton


MINIMUM_SIZE = QSize(800, 600)
PREFERRED_SIZE = QSize(900, 760)
TITLE_BAR = 40  # the frame's title bar: outside the size set here, inside the screen's free area


def default_size(available: QSize) -> QSize:
    """As large as preferred within the screen's free area (the taskbar excluded), leaving
    room for the title bar: on a 1280×720 screen the buttons must not fall below its edge."""
    return QSize(max(MINIMUM_SIZE.width(), min(PREFERRED_SIZE.width(), available.width())),
                 max(MINIMUM_SIZE.height(), min(PREFERRED_SIZE.height(), available.height() - TITLE_BAR)))


def _available_size() -> QSize:
    """The screen's free area, from the one helper every window sizes itself by (it also
    serves --render-screens' simulated office screens)."""
    return available_area().size()


class OpeningWizard(QWizard):
    """Consent → email and birthdate → password and key → done; reaches data only through
    ``facade``, whose blocking calls run off the GUI thread. The rules (what comes next, what
    may be submitted, what is kept) live in :class:`OpeningFlow`, the pages only show them.

    Everything typed is forgotten when the wizard closes, whichever way it closes.

    Signals:
        login_requested: 「ログイン画面へ進む」 was pressed on the last page. The receiver shows
            an empty login screen (docs/security.md K6: the key never logs anyone in).
    """

    login_requested = Signal()

    def __init__(self, facade: MyPageFacade, app_info: AppInfo, legal: LegalDocuments | None,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        """``legal`` None: 「パスワードを忘れた方」 (no consent step; the reset calls)."""
        super().__init__(parent)
        reset = legal is None
        self.flow = (OpeningFlow("", "", clock, reset=True) if legal is None
                     else OpeningFlow(legal.privacy_policy.version, legal.terms_of_use.version, clock))
        self._close_confirmed = False
        self._cancel_box: QMessageBox | None = None
        self._layout_back: bool | None = None
        self.title = t("パスワードの再設定") if reset else t("求職者マイページの開設")
        self.setWindowTitle(self.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # no Aero back arrow to hide
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(WB.NextButton, t("次へ進む"))
        self.setButtonText(WB.BackButton, t("戻る"))
        self.setButtonText(WB.CancelButton, t("キャンセル"))
        self.setButtonText(WB.CommitButton, t("完了"))
        self.setButtonText(WB.FinishButton, t("ログイン画面へ進む"))
        for which in (WB.BackButton, WB.NextButton, WB.CommitButton, WB.FinishButton, WB.CancelButton):
            button = self.button(which)  # QWizard's row gave them 2 px less than their text needs at large text
            button.setMinimumHeight(button.sizeHint().height())
        self.consent_page = None if legal is None else ConsentPage(self.flow, app_info, legal)
        self.email_page = EmailPage(self.flow, facade, app_info)
        self.password_page = PasswordPage(self.flow, facade, app_info)
        self.done_page = DonePage(self.flow, app_info)
        self._pages: dict[PageId, WizardPageBase] = {
            PageId.EMAIL: self.email_page,
            PageId.PASSWORD: self.password_page,
            PageId.DONE: self.done_page,
        }
        if self.consent_page is not None:
            self._pages[PageId.CONSENT] = self.consent_page
        for page_id, page in self._pages.items():
            self.setPage(page_id, page)
        self.setStartId(self.flow.first_page)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(default_size(_available_size()))
        self.currentIdChanged.connect(self._on_self_current_id_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Wider than preferred where a page needs it (large text, issue 15: a check box does
        not wrap, and the pages scroll only up and down), never wider than the screen's free
        area. The frame around the page is known once shown."""
        super().showEvent(event)
        page = self.currentPage()
        if page is None:
            return
        needed = max(p.minimumSizeHint().width() for p in self._pages.values()) + self.width() - page.width()
        wanted = min(needed, _available_size().width())
        if wanted > self.width():
            self.resize(wanted, self.height())

    # -- navigation --------------------------------------------------------------------
    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        try:
            return PageId(current)
        except ValueError:
            return None

    def nextId(self) -> int:
        page_id = self.current_page_id()
        return NO_PAGE if page_id is None else self.flow.next_id(page_id)

    @Slot(int)
    def _on_self_current_id_changed(self, _page_id: int) -> None:
        page_id = self.current_page_id()
        if page_id is not None:
            for done_with in self.flow.forget_on_entering(page_id):
                self._pages[done_with].reset_inputs()
        self.update_buttons()

    def update_buttons(self) -> None:
        """Back only where going back makes sense; nothing pressable while busy. The seed's
        order: 「キャンセル」 left of 「次へ進む」; 「戻る」 apart, at the far left."""
        page_id = self.current_page_id()
        back = page_id is not None and self.flow.back_allowed(page_id)
        if back != self._layout_back:
            self._layout_back = back
            layout = [WB.BackButton] if back else []
            layout += [WB.Stretch, WB.CancelButton, WB.NextButton, WB.CommitButton, WB.FinishButton]
            self.setButtonLayout(layout)
        enabled = self.flow.buttons_enabled()
        self.button(WB.BackButton).setEnabled(enabled)
        self.button(WB.CancelButton).setEnabled(enabled)

    @Slot()
    def start_over(self) -> None:
        """「はじめからやり直す」: forget everything and show step 1 again."""
        self._forget_everything()
        self.restart()

    def _forget_everything(self) -> None:
        for page in self._pages.values():
            page.cancel_pending()
        self.flow.restart()
        for page in self._pages.values():
            page.reset_inputs()
        self._layout_back = None

    # -- closing -----------------------------------------------------------------------
    def has_unsaved_input(self) -> bool:
        typed = any(page.has_input() for page in self._pages.values())
        return self.flow.cancel_needs_confirmation(typed)

    def reject(self) -> None:
        """「キャンセル」, Esc and the window's close button: ask first when something was
        typed, with a non-blocking message box (docs/code-style.md §non-blocking-dialogs)."""
        if not self.flow.buttons_enabled():
            return
        if self._close_confirmed or not self.has_unsaved_input():
            super().reject()
            return
        if self._cancel_box is not None:
            return
        question = (t("入力した内容は破棄されます。パスワードの再設定を中止しますか？") if self.flow.reset
                    else t("入力した内容は破棄されます。求職者マイページの開設を中止しますか？"))
        box = QMessageBox(QMessageBox.Icon.Question, self.title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(t("中止する"))
        box.button(QMessageBox.StandardButton.No).setText(t("続ける"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_cancel_box_finished)
        self._cancel_box = box
        box.open()

    @Slot(int)
    def _on_cancel_box_finished(self, result: int) -> None:
        self._cancel_box = None
        if result == QMessageBox.StandardButton.Yes:
            self._close_confirmed = True
            self.reject()

    def cancel_confirmation(self) -> QMessageBox | None:
        """The open 「中止しますか？」 box, if any (for tests and the screenshot tool)."""
        return self._cancel_box

    def discard(self) -> None:
        """Close at once, without asking, even while a call is pending, and forget
        everything (for the session owner: idle timeout, quit, crash handler)."""
        self.done(QDialog.DialogCode.Rejected)

    def accept(self) -> None:
        """「ログイン画面へ進む」: close, forget, and let the owner show the login screen."""
        super().accept()
        if self.result() == QDialog.DialogCode.Accepted:
            self.login_requested.emit()

    def done(self, result: int) -> None:
        super().done(result)
        if self.isVisible():
            return  # the last page refused to finish
        if self._cancel_box is not None:
            self._cancel_box.close()
        self._close_confirmed = False
        self._forget_everything()
        self.restart()
