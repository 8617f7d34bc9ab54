"""「本人による変更履歴」 at the counter (docs/product-rules.md §own-changes): what the seeker changed
in 求職者情報・設定, when, from which kind of device, and the values before and after, newest
first. Opened from the seeker panel; the call is audited (``own_changes_viewed``). The values are
shown as plain text (docs/security.md I4) and dropped when the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from mypage_desktop.domain.own_changes import OwnChangeEntry
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.seeker_panel import SeekerPanel


def history_text(entries: list[OwnChangeEntry]) -> str:
    if not entries:
        return t("ご本人による変更はありません。")
    blocks: list[str] = []
    for entry in entries:
        lines = [t("{at}　{kind}（{device}）").format(at=format_datetime_jst(entry.changed_at),
                                                    kind=t(entry.kind_label), device=t(entry.device_label))]
        before = dict(entry.old_values)
        for label, value in entry.new_values:
            lines.append(t("　{label}：{old} → {new}").format(label=t(label), old=before.get(label) or "—",
                                                             new=value or "—"))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class OwnChangesDialog(QDialog):
    def __init__(self, entries: list[OwnChangeEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("本人による変更履歴"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(history_text(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)


class OwnChangesViewer(QObject):
    def __init__(self, owner: StaffSessionOwner, panel: SeekerPanel, window: QWidget) -> None:
        super().__init__(window)
        self._owner = owner
        self._panel = panel
        self._window = window
        self.dialog: OwnChangesDialog | None = None
        panel.own_changes_requested.connect(self._on_panel_own_changes_requested)

    def close_dialogs(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()

    @Slot(int)
    def _on_panel_own_changes_requested(self, seeker_id: int) -> None:
        self._owner.start_task(self._show(seeker_id))

    async def _show(self, seeker_id: int) -> None:
        self._panel.set_busy(True)
        entries = await guarded(self._owner.call(self._owner.staff.seeker_own_changes, seeker_id),
                                self._panel.show_error)
        self._panel.set_busy(False)
        if entries is None:
            return
        self.close_dialogs()
        dialog = OwnChangesDialog(entries, self._window)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: OwnChangesDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
