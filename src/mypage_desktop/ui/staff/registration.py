"""「求職登録」 at the counter: the staff-forms :class:`NewSeekerForm` in a dialog, and the call
(docs/product-rules.md §staff; docs/security.md A3: re-authentication and the ID document seen). The new seeker gets a
generated 求職番号 and a validity end from the application date; the console then shows them
selected in the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mypage_desktop.domain.staff_dto import NewSeeker, SeekerSummary
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.forms.seeker_form import NewSeekerForm
    from mypage_desktop.ui.staff.reauth import Reauthenticator


class RegistrationDialog(QDialog):
    """The form, scrollable, with 「閉じる」; it stays open (and keeps every value) on errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from mypage_desktop.ui.staff.forms.seeker_form import NewSeekerForm

        self.setWindowTitle(t("求職登録（新しい求職者）"))
        self.setModal(True)
        self.resize(720, 760)
        self.form: NewSeekerForm = NewSeekerForm(self)  # scrolls its own inputs, keeps 登録する in sight
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(t("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        self.form.clear()  # what was typed about the seeker does not outlive the dialog
        super().done(result)


class Registration(QObject):
    """Opens the dialog and registers.

    Signals:
        registered(object): the new seeker's :class:`SeekerSummary`.
    """

    registered = Signal(object)

    def __init__(self, owner: StaffSessionOwner, reauth: Reauthenticator, window: QWidget) -> None:
        super().__init__(window)
        self._owner = owner
        self._reauth = reauth
        self._window = window
        self.dialog: RegistrationDialog | None = None

    def open(self) -> RegistrationDialog:
        if self.dialog is None:
            dialog = RegistrationDialog(self._window)
            dialog.form.submitted.connect(self._on_form_submitted)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
        self.dialog.open()
        return self.dialog

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.close()

    @Slot(object, str)
    def _on_form_submitted(self, seeker: NewSeeker, id_document: str) -> None:
        if self.dialog is not None:
            self._owner.start_task(self._register(self.dialog, seeker, id_document))

    async def _register(self, dialog: RegistrationDialog, seeker: NewSeeker, id_document: str) -> None:
        form = dialog.form
        form.set_busy(True)
        summary: SeekerSummary | None = await guarded(
            self._reauth.sensitive(self._owner.staff.register_seeker, seeker, id_document), form.show_error,
            form.show_field_errors)
        if summary is None:
            return
        form.set_busy(False)
        self.registered.emit(summary)
        if self.dialog is dialog:
            self.close()
