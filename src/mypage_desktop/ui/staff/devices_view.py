"""「端末管理」 (管理者): approve a new office PC by the code its screen shows, see the enrolments
waiting and the enrolled PCs, revoke one. A pure widget like 監査ログ: it asks the 管理者 to
confirm and emits what was confirmed; the console's :class:`DevicesPage` calls the façade.

Approving is two steps: 「承認する」 (or Enter in the code field) checks the code's form and
emits ``approve_requested``; the page reloads the waiting enrolments so the confirmation
names them as they are now (:meth:`DevicesView.confirm_approval`), and only 「承認する」 in
that box emits ``approve_confirmed``. Every message about the code stays next to the field
and the code stays as typed until it has been used."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.device_dto import CODE_ALPHABET, CODE_LENGTH, DeviceInfo, PendingEnrolment, display_code
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.text import nfkc
from mypage_desktop.ui.staff.devices_model import (
    DEVICE_SAMPLES,
    ID_ROLE,
    PENDING_SAMPLES,
    SORT_ROLE,
    DeviceColumns,
    DeviceModel,
    PendingColumns,
    PendingModel,
    device_text,
    moment_text,
)
from mypage_desktop.ui.staff.forms.common import done_style
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.confirm import ask
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, message, t
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.text_width import width_for_text

NAME_COLUMN = int(DeviceColumns.NAME)
assert NAME_COLUMN == int(PendingColumns.NAME)  # both tables stretch the same column
# Hyphens and the long-vowel mark an IME may produce where the code shows 「-」.
DASH_CHARS = "-‐‑‒–—―−ーｰ"
CODE_SAMPLE = "ＷＷＷＷ-ＷＷＷＷ"  # the widest registration code, for the field's width


def parse_code(raw: str) -> str | None:
    """``XXXX-XXXX`` from what was typed (lower case, spaces, hyphens and full-width letters
    accepted), or None when it cannot be a code: the codes use only ``CODE_ALPHABET``."""
    text = "".join(ch for ch in nfkc(raw).upper() if not ch.isspace() and ch not in DASH_CHARS)
    if len(text) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in text):
        return None
    return display_code(text)


def _section(text: str, parent: QWidget) -> QLabel:
    label = style.plain_label(t(text), parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    style.themed_sheet(label, lambda c: f"border-bottom: 1px solid {c.info_border}; padding-top: 6px;")
    return label


def _table(parent: QWidget, model: DeviceModel | PendingModel, samples: dict[int, str], name: str) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    configure_list_table(table)
    table.setModel(proxy)
    set_column_widths(table, samples)
    table.setSortingEnabled(True)
    table.setAccessibleName(t(name))
    columns = table.horizontalHeader()  # the name (up to 60 characters) gets the room to spare
    columns.setStretchLastSection(False)
    columns.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
    return table


def _widen(box: QMessageBox) -> QMessageBox:
    """A list of devices wraps badly in a message box's narrow default text width."""
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 34em; }")
    return box


def _done_label(parent: QWidget) -> QLabel:
    label = StatusLabel("", parent)
    label.setObjectName("doneMessage")
    style.themed_sheet(label, done_style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class DevicesView(QWidget):
    """Signals:
        approve_requested(str): a code of the right form (``XXXX-XXXX``) is to be approved;
            the page answers with :meth:`confirm_approval` or :meth:`show_code_error`.
        approve_confirmed(str): the 管理者 confirmed approving this code.
        revoke_requested(int): the 管理者 confirmed revoking this device.
        refresh_requested(): 「最新の情報に更新」.
    """

    approve_requested = Signal(str)
    approve_confirmed = Signal(str)
    revoke_requested = Signal(int)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._approving = False
        self.heading = style.heading(t("端末管理"), self, scale=1.25)
        self.lead = style.plain_label(t(
            "事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、"
            "使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。"), self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(40)  # room for spaces and full-width input; the form is checked
        self.code_edit.setPlaceholderText(t("例: BCDF-GHJK"))
        self.code_edit.setAccessibleName(t("登録コード"))
        width_for_text(self.code_edit, CODE_SAMPLE, 24)
        self.approve_button = QPushButton(t("承認する"), self)
        self.approve_button.setMinimumHeight(32)
        self.code_error = FieldErrorLabel(self)
        self.approve_done = _done_label(self)
        self.busy_label = style.plain_label(t("処理しています…"), self)
        self.busy_label.hide()
        self.pending_model = PendingModel(self)
        self.pending_table = _table(self, self.pending_model, PENDING_SAMPLES, t("承認待ちの申請"))
        self.pending_table.sortByColumn(PendingColumns.CREATED, Qt.SortOrder.AscendingOrder)
        self.pending_status = StatusLabel("", self)
        self.device_model = DeviceModel(self)
        self.device_table = _table(self, self.device_model, DEVICE_SAMPLES, t("登録済みの端末"))
        self.device_table.sortByColumn(DeviceColumns.ENROLLED, Qt.SortOrder.DescendingOrder)
        self.revoke_button = QPushButton(t("登録を取り消す"), self)
        self.refresh_button = QPushButton(t("最新の情報に更新"), self)
        for button in (self.revoke_button, self.refresh_button):
            button.setMinimumHeight(32)
        self.revoke_button.setEnabled(False)
        self.list_error = FieldErrorLabel(self)
        self.revoke_done = _done_label(self)
        self._build_layout()
        self.code_edit.returnPressed.connect(self._on_approve_button_clicked)
        self.code_edit.textEdited.connect(self._on_code_edit_text_edited)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.device_table.selectionModel().selectionChanged.connect(self._on_device_selection_changed)

    def _build_layout(self) -> None:
        caption = QLabel(t("登録コード(&C)"), self)
        caption.setBuddy(self.code_edit)
        code_row = QHBoxLayout()
        code_row.addWidget(caption)
        code_row.addWidget(self.code_edit)
        code_row.addWidget(self.approve_button)
        code_row.addWidget(self.busy_label)
        code_row.addStretch(1)
        hint = style.plain_label(t(
            "新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。"
            "小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。"), self)
        style.themed_sheet(hint, lambda c: f"color: {c.muted_text};")
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.list_error, 1)
        device_buttons.addWidget(self.revoke_done, 1)
        device_buttons.addStretch(0)
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addWidget(self.refresh_button)
        rows = self.pending_table.verticalHeader().defaultSectionSize()
        self.pending_table.setFixedHeight(self.pending_table.horizontalHeader().sizeHint().height() + rows * 4 + 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addWidget(_section(t("新しい端末の承認"), self))
        layout.addWidget(hint)
        layout.addLayout(code_row)
        layout.addWidget(self.code_error)
        layout.addWidget(self.approve_done)
        layout.addWidget(_section(t("承認待ちの申請"), self))
        layout.addWidget(self.pending_table)
        layout.addWidget(self.pending_status)
        layout.addWidget(_section(t("登録済みの端末"), self))
        layout.addWidget(self.device_table, 1)
        layout.addLayout(device_buttons)
        for first, second in ((self.code_edit, self.approve_button), (self.approve_button, self.pending_table),
                              (self.pending_table, self.device_table), (self.device_table, self.revoke_button),
                              (self.revoke_button, self.refresh_button)):
            QWidget.setTabOrder(first, second)

    # -- the page's side ------------------------------------------------------------------
    def show_devices(self, devices: Iterable[DeviceInfo]) -> None:
        self.device_model.set_rows(devices)
        self.list_error.clear_message()
        self._update_revoke_button()

    def show_pending(self, pending: Iterable[PendingEnrolment]) -> None:
        self.pending_model.set_rows(pending)
        count = self.pending_model.rowCount()
        self.pending_status.setText(t("承認を待っている申請はありません。") if count == 0 else
                                    t("{n}件の申請が承認を待っています。").format(n=count))

    def confirm_approval(self, code: str) -> QMessageBox:
        """The question before approving, naming the code and the enrolments waiting now."""
        pending = self.pending_model.rows()
        text = t("登録コード {code} の端末を承認します。").format(code=code) + "\n"
        if len(pending) == 1:
            only = pending[0]
            text += t("承認を待っている申請は {device}（申請 {at}）の1件です。").format(
                device=device_text(only.kind, only.name), at=moment_text(only.created_at))
        elif pending:
            text += t("承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。").format(
                n=len(pending))
            text += "".join("\n・" + t("{device}（申請 {at}）").format(device=device_text(p.kind, p.name),
                                                                  at=moment_text(p.created_at)) for p in pending)
        else:
            text += t("承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。")
        text += "\n\n" + t("承認すると、その端末は事務所のサーバーに接続して使えるようになります。"
                           "登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。")
        self._set_approving(False)
        box = _widen(ask(self, t("端末の承認"), text, lambda: self._on_approval_confirmed(code),
                         yes_text=t("承認する")))
        box.finished.connect(self._on_confirmation_finished)
        return box

    def show_approved(self, device: DeviceInfo) -> None:
        """The code was used: it leaves the field; the message names the device approved."""
        self._set_approving(False)
        self.code_edit.clear()
        self.code_error.clear_message()
        self.approve_done.setText(t("{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、"
                                    "しばらくお待ちください。").format(device=device_text(device.kind, device.name),
                                                                uid=device.uid))
        self.approve_done.show()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_code_error(self, text: str) -> None:
        """Why the code was not approved, next to the field; the code stays as typed."""
        self._set_approving(False)
        self.approve_done.hide()
        self.code_error.show_message(text)
        self.code_edit.setAccessibleDescription(text)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_code_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.show_code_error("\n".join(dict.fromkeys(field_message(error) for error in errors)))

    def show_revoked(self, device: DeviceInfo, was_live: bool) -> None:
        self.list_error.clear_message()
        text = t("{device}（端末ID {uid}）の登録を取り消しました。") if was_live else \
            t("{device}（端末ID {uid}）は既に取り消されていました。")
        self.revoke_done.setText(text.format(device=device_text(device.kind, device.name), uid=device.uid))
        self.revoke_done.show()
        self._update_revoke_button()

    def show_list_error(self, text: str) -> None:
        self.revoke_done.hide()
        self.list_error.show_message(text)
        self._update_revoke_button()

    def set_revoking(self, busy: bool) -> None:
        self.revoke_button.setEnabled(not busy and self._selected_live() is not None)

    def clear(self) -> None:
        """Logout (S5): nothing typed or listed stays."""
        self._set_approving(False)
        self.code_edit.clear()
        self.code_edit.setAccessibleDescription("")
        self.code_error.clear_message()
        self.list_error.clear_message()
        for done in (self.approve_done, self.revoke_done):
            done.clear()
            done.hide()
        self.device_model.clear()
        self.pending_model.clear()
        self.pending_status.clear()
        self._update_revoke_button()

    def selected_device(self) -> DeviceInfo | None:
        index = self.device_table.currentIndex()
        if not index.isValid() or not self.device_table.selectionModel().isRowSelected(index.row()):
            return None
        return self.device_model.device(index.data(ID_ROLE))

    # -- state ----------------------------------------------------------------------------
    def _set_approving(self, busy: bool) -> None:
        """While the call runs the code cannot change (read-only keeps the focus in the field)."""
        self._approving = busy
        self.code_edit.setReadOnly(busy)
        self.approve_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def _selected_live(self) -> DeviceInfo | None:
        device = self.selected_device()
        return device if device is not None and device.revoked_at is None else None

    def _update_revoke_button(self) -> None:
        self.revoke_button.setEnabled(self._selected_live() is not None)

    # -- slots ----------------------------------------------------------------------------
    @Slot()
    def _on_approve_button_clicked(self) -> None:
        if self._approving:
            return
        self.approve_done.hide()
        raw = self.code_edit.text()
        code = parse_code(raw)
        if code is None:
            self.show_code_error(message("device.code_required" if not raw.strip() else "device.code_format"))
            return
        self.code_error.clear_message()
        self.code_edit.setAccessibleDescription("")
        self._set_approving(True)
        self.approve_requested.emit(code)

    def _on_approval_confirmed(self, code: str) -> None:
        self._set_approving(True)
        self.approve_confirmed.emit(code)

    @Slot(int)
    def _on_confirmation_finished(self, _result: int) -> None:
        if not self._approving:  # キャンセル or Escape: back to the code, as typed
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_code_edit_text_edited(self, _text: str) -> None:
        self.code_error.clear_message()
        self.code_edit.setAccessibleDescription("")

    @Slot(QItemSelection, QItemSelection)
    def _on_device_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_revoke_button()
        self.revoke_done.hide()

    @Slot()
    def _on_revoke_button_clicked(self) -> None:
        device = self._selected_live()
        if device is None:
            return
        _widen(ask(self, t("端末の登録の取消"), t(
            "{device}（端末ID {uid}）の登録を取り消します。\nこの端末は次の通信から使えなくなります。"
            "もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？").format(
            device=device_text(device.kind, device.name), uid=device.uid),
            lambda: self.revoke_requested.emit(device.device_id), yes_text=t("取り消す")))
